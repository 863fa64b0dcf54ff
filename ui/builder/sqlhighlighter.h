#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours SQL for reading: keywords, quoted text and the ? placeholders of bound values.
class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_keywords;
    QTextCharFormat m_keyword;
    QTextCharFormat m_placeholder;
    QTextCharFormat m_quoted;
};
