#include "sqlhighlighter.h"

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document),
      m_keywords(QStringLiteral(
          "\\b(SELECT|FROM|WHERE|LEFT|INNER|JOIN|ON|GROUP|ORDER|BY|HAVING|UNION|ALL|AND|OR|NOT|IN|"
          "IS|"
          "NULL|AS|CASE|WHEN|THEN|ELSE|END|EXISTS|WITH|MATERIALIZED|DISTINCT|LIMIT|LIKE|ESCAPE|"
          "BETWEEN|OVER|PARTITION|DESC|ASC|CAST)\\b"))
{
    m_keyword.setForeground(QColor(0x1a, 0x4f, 0x9c));
    m_keyword.setFontWeight(QFont::Bold);
    m_placeholder.setForeground(QColor(0xa3, 0x3b, 0x00));
    m_placeholder.setBackground(QColor(0xff, 0xec, 0xd2));
    m_placeholder.setFontWeight(QFont::Bold);
    m_quoted.setForeground(QColor(0x1b, 0x7f, 0x3b));
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    for (auto it = m_keywords.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keyword);
    }
    // Quoted text and placeholders, outside quotes; a quote open at the end of a line carries on.
    QChar quote = previousBlockState() > 0 ? QChar(char16_t(previousBlockState())) : QChar();
    int quoteStart = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                setFormat(quoteStart, i - quoteStart + 1, m_quoted);
                quote = QChar();
            }
            continue;
        }
        if (c == QLatin1Char('\'')) {
            quote = c;
            quoteStart = i;
        } else if (c == QLatin1Char('?')) {
            setFormat(i, 1, m_placeholder);
        }
    }
    if (!quote.isNull()) setFormat(quoteStart, int(text.size()) - quoteStart, m_quoted);
    setCurrentBlockState(quote.isNull() ? 0 : int(quote.unicode()));
}
