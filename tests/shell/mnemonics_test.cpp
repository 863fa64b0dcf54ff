// Labels with a mnemonic ("&Websites:") show the ampersand as text unless they have a buddy:
// a QFormLayout row whose field is a layout, or a QLabel made by hand without setBuddy(). Every
// window and dialog of the application is walked for that slip, with its store loaded.
#include "shelltestsupport.h"

#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "builder/conditionchooserdialog.h"
#include "builder/explaindialog.h"
#include "builder/sqlpreviewdialog.h"
#include "connection/connectiondialog.h"
#include "dashboard/overlapmembersdialog.h"
#include "definition/definitioncodec.h"
#include "editor/segmenteditordialog.h"
#include "integrations/destinationdialog.h"
#include "members/customerdetailsdialog.h"
#include "members/dryrundialog.h"
#include "secrets/secretstore.h"
#include "segments/segmentlistmodel.h"
#include "segments/segmentlistpane.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace shelltest;

namespace {

// "&Name:" has a mnemonic; "A && B" and "Q&&A" are literal ampersands.
bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace()) return true;
    }
    return false;
}

// The labels of `root` that would show a stray '&', as "dialog: text".
QStringList strayAmpersands(const QWidget *root, const QString &where)
{
    QStringList found;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const bool rich =
            label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (rich || label->buddy() || !hasMnemonic(label->text())) continue;
        found << QStringLiteral("%1: \"%2\" (%3)").arg(where, label->text(), label->objectName());
    }
    return found;
}

const char *kDefinition = R"({"segmentor": 1, "code": "buyers", "name": "Buyers", "apply_to": "all",
  "conditions": {"type": "combine", "conditions": [
    {"type": "orders", "metric": "number_of_orders", "operator": ">=", "value": 2}]}})";

} // namespace

TEST(Mnemonics, HasMnemonicReadsDoubledAmpersandsAsText)
{
    EXPECT_TRUE(hasMnemonic(QStringLiteral("&Websites:")));
    EXPECT_TRUE(hasMnemonic(QStringLiteral("Customer &group:")));
    EXPECT_FALSE(hasMnemonic(QStringLiteral("Loyal UK && Ireland")));
    EXPECT_FALSE(hasMnemonic(QStringLiteral("Tom & Jerry")));
    EXPECT_FALSE(hasMnemonic(QStringLiteral("no ampersand")));
}

TEST(Mnemonics, NoLabelInAnyWindowShowsAnAmpersand)
{
    const seg::ConnectionSettings store = demoStoreCopy(QStringLiteral("mnemonics"));
    MainWindow window(std::make_unique<seg::InMemorySecretStore>());
    window.show();
    QSignalSpy opened(&window, &MainWindow::storeOpened);
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.settings = store;
    window.openStore(profile, store);
    ASSERT_TRUE(waitFor(
        [&] { return opened.count() == 1 && !window.segmentList()->model()->isLoading(); }));
    QStringList stray = strayAmpersands(&window, QStringLiteral("main window"));

    const seg::Result<seg::SegmentDefinition> definition =
        seg::DefinitionCodec::fromJson(QByteArray(kDefinition));
    ASSERT_TRUE(definition.ok());
    {
        SegmentEditorDialog editor(store, *definition);
        editor.show();
        waitFor([] { return false; }, 1500); // the pick lists arrive (websites, groups)
        stray << strayAmpersands(&editor, QStringLiteral("segment editor"));
    }
    {
        seg::InMemorySecretStore secrets;
        ConnectionDialog dialog(&secrets);
        dialog.show();
        stray << strayAmpersands(&dialog, QStringLiteral("connection dialog"));
    }
    {
        SqlPreviewDialog sql(store, *definition);
        stray << strayAmpersands(&sql, QStringLiteral("SQL view"));
        ExplainDialog explain(store, *definition);
        stray << strayAmpersands(&explain, QStringLiteral("explain"));
        ConditionChooserDialog chooser;
        stray << strayAmpersands(&chooser, QStringLiteral("condition chooser"));
        PreferencesDialog preferences;
        stray << strayAmpersands(&preferences, QStringLiteral("preferences"));
    }
    {
        DestinationDialog destination({{QStringLiteral("buyers"), QStringLiteral("Buyers")}});
        stray << strayAmpersands(&destination, QStringLiteral("destination"));
        DryRunSummary summary;
        summary.segmentName = QStringLiteral("Buyers");
        DryRunDialog dryRun(summary);
        stray << strayAmpersands(&dryRun, QStringLiteral("dry run"));
        CustomerDetailsDialog details(store, seg::MemberKey::registered(1),
                                      QStringLiteral("buyers"));
        stray << strayAmpersands(&details, QStringLiteral("customer details"));
        OverlapMembersDialog overlap(
            store, seg::ReportSegment{1, QStringLiteral("a"), QStringLiteral("A")},
            seg::ReportSegment{2, QStringLiteral("b"), QStringLiteral("B")},
            seg::OverlapPart::Both);
        stray << strayAmpersands(&overlap, QStringLiteral("overlap members"));
        waitFor([] { return false; }, 500); // let the workers of these dialogs end
    }
    EXPECT_TRUE(stray.isEmpty()) << stray.join(QLatin1Char('\n')).toStdString();
}
