#include "livecounter.h"

struct LiveCounter::Run
{
};

LiveCounter::LiveCounter(QObject *parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
}

LiveCounter::~LiveCounter() = default;
