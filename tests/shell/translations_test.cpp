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
        TranslationCase{"segmentor_fr", "ScheduleDialog", "Last scheduled runs", -1,
                        "Dernières exécutions planifiées"},
        TranslationCase{"segmentor_de", "ScheduleDialog", "&Install schedule", -1,
                        "Zeitplan &installieren"},
        TranslationCase{"segmentor_de", "MainWindow", "Sc&hedule refreshes…", -1,
                        "Aktualisierungen &planen…"},
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

// The condition catalog and the condition sentences live in core/; the builder shows them
// through the translator installed at the time they are shown (not when the catalog was built).
#include "catalog/conditioncatalog.h"
#include "definition/definitioncodec.h"
#include "definition/nodedescription.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class InstalledTranslator
{
public:
    explicit InstalledTranslator(const char *file)
    {
        m_ok = m_translator.load(QString::fromLatin1(file), QStringLiteral(":/i18n")) &&
               QCoreApplication::installTranslator(&m_translator);
    }
    ~InstalledTranslator() { QCoreApplication::removeTranslator(&m_translator); }
    bool ok() const { return m_ok; }

private:
    QTranslator m_translator;
    bool m_ok = false;
};

seg::ConditionNode nodeFrom(const char *json)
{
    return *seg::DefinitionCodec::nodeFromJson(QJsonDocument::fromJson(json).object(),
                                               QStringLiteral("conditions"));
}

QString categoryOf(const QString &typeId)
{
    for (const seg::ConditionTypeSpec &t : seg::ConditionCatalog::instance().conditionTypes())
        if (t.id == typeId) return seg::ConditionCatalog::displayLabel(t.category);
    return {};
}

} // namespace

TEST(CoreTranslations, CatalogLabelsAndSentencesFollowTheInstalledTranslator)
{
    if (QCoreApplication::translate("seg::ConditionCatalog", "Customer") !=
        QLatin1String("Customer"))
        GTEST_SKIP() << "another test installed a translator for the whole process "
                        "(SEGMENTOR_SCREENSHOT_LANGUAGE)";
    const seg::ConditionCatalog &catalog =
        seg::ConditionCatalog::instance(); // built before the translator
    const seg::AttributeSpec *dob =
        catalog.attribute(QStringLiteral("customer"), QStringLiteral("dob"));
    ASSERT_NE(dob, nullptr);
    const seg::ConditionNode age =
        nodeFrom(R"({"type":"customer","attribute":"age","operator":">=","value":30})");
    const seg::ConditionNode recent = nodeFrom(
        R"({"type":"orders","metric":"last_order_date","operator":"within_last_days","value":90})");
    const seg::ConditionNode wishlist =
        nodeFrom(R"({"type":"products","source":"wishlist","found":false})");
    EXPECT_EQ(seg::describeNode(age), QStringLiteral("Age (years) is at least 30"));
    {
        InstalledTranslator french("segmentor_fr");
        ASSERT_TRUE(french.ok());
        EXPECT_EQ(categoryOf(QStringLiteral("customer")), QStringLiteral("Client"));
        EXPECT_EQ(categoryOf(QStringLiteral("orders")),
                  QStringLiteral("Commandes et valeur client"));
        EXPECT_EQ(seg::ConditionCatalog::displayLabel(dob->label),
                  QStringLiteral("Date de naissance"));
        EXPECT_EQ(seg::ConditionCatalog::displayLabel(dob->label),
                  QCoreApplication::translate("seg::ConditionCatalog", "Date of birth"));
        EXPECT_EQ(seg::ConditionCatalog::operatorLabel(QStringLiteral("!=")),
                  QStringLiteral("n'est pas"));
        EXPECT_EQ(seg::describeNode(age), QStringLiteral("Âge (ans) est au moins 30"));
        EXPECT_EQ(seg::describeNode(recent).left(40),
                  QStringLiteral("Date de la dernière commande : dans les "));
        EXPECT_EQ(seg::describeNode(wishlist),
                  QStringLiteral("Produits de la liste d'envies : aucun article"));
        // A store's own attribute label is not in the catalog: it comes back as the store wrote it.
        EXPECT_EQ(seg::ConditionCatalog::displayLabel(QStringLiteral("Loyalty tier")),
                  QStringLiteral("Loyalty tier"));
    }
    {
        InstalledTranslator german("segmentor_de");
        ASSERT_TRUE(german.ok());
        EXPECT_EQ(categoryOf(QStringLiteral("customer")), QStringLiteral("Kunde"));
        EXPECT_EQ(seg::describeNode(age), QStringLiteral("Alter (Jahre) ist mindestens 30"));
    }
    // Without the translator the catalog keeps its English source texts.
    EXPECT_EQ(categoryOf(QStringLiteral("customer")), QStringLiteral("Customer"));
    EXPECT_EQ(seg::describeNode(age), QStringLiteral("Age (years) is at least 30"));
}
