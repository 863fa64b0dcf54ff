#include "picklistcache.h"

PickListCache::PickListCache(QObject *parent) : QObject(parent) {}

PickListCache::~PickListCache() = default;
