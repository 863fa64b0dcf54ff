// The translations compiled into the application: French and German for every string of the
// shell (and the other panes), English plural forms.
#include <QTranslator>

#include <gtest/gtest.h>

struct TranslationCase
{
    const char *file;
    const char *context;
    const char *source;
    int n;
    const char *expected;
};

class Translations : public ::testing::TestWithParam<TranslationCase>
{
};

TEST_P(Translations, AreCompiledIn)
{
    const TranslationCase &c = GetParam();
    QTranslator translator;
    ASSERT_TRUE(translator.load(QString::fromLatin1(c.file), QStringLiteral(":/i18n"))) << c.file;
    EXPECT_EQ(translator.translate(c.context, c.source, nullptr, c.n)
                  .replace(QStringLiteral("%n"), QString::number(c.n)),
              QString::fromUtf8(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    Shell, Translations,
    ::testing::Values(
        TranslationCase{"segmentor_fr", "MainWindow", "&File", -1, "&Fichier"},
        TranslationCase{"segmentor_de", "MainWindow", "&File", -1, "&Datei"},
        TranslationCase{"segmentor_fr", "ProbeVerdictText", "Host unreachable", -1,
                        "Hôte injoignable"},
        TranslationCase{"segmentor_de", "ProbeVerdictText", "Login refused", -1,
                        "Anmeldung abgelehnt"},
        TranslationCase{"segmentor_fr", "MainWindow", "%n segment(s)", 1, "1 segment"},
        TranslationCase{"segmentor_fr", "MainWindow", "%n segment(s)", 5, "5 segments"},
        TranslationCase{"segmentor_de", "MainWindow", "%n segment(s)", 5, "5 Segmente"},
        TranslationCase{"segmentor_en", "MainWindow", "%n segment(s)", 1, "1 segment"},
        TranslationCase{"segmentor_en", "MainWindow", "%n segment(s)", 2, "2 segments"},
        TranslationCase{"segmentor_de", "SegmentListModel", "Up to date", -1, "Aktuell"}));
