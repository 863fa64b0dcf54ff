#include "sqlpreviewdialog.h"

#include "operations/previewsql.h"
#include "session/storetask.h"
#include "sqlhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString dialectLabel(seg::Dialect dialect)
{
    switch (dialect) {
    case seg::Dialect::Sqlite:
        return SqlPreviewDialog::tr("SQLite");
    case seg::Dialect::MySql:
        return SqlPreviewDialog::tr("MySQL / MariaDB");
    case seg::Dialect::PostgreSql:
        return SqlPreviewDialog::tr("PostgreSQL");
    }
    return {};
}

} // namespace

SqlPreviewDialog::SqlPreviewDialog(const seg::ConnectionSettings &settings,
                                   const seg::SegmentDefinition &definition, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_definition(definition)
{
    const QString name = definition.name.isEmpty() ? definition.code : definition.name;
    setWindowTitle(name.isEmpty() ? tr("SQL of the segment") : tr("SQL of \"%1\"").arg(name));
    resize(1280, 800);

    auto *heading =
        new QLabel(name.isEmpty() ? tr("SQL of the segment") : tr("SQL of “%1”").arg(name), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *intro = new QLabel(
        tr("The statement that selects the members of this segment: one row per member, "
           "<b>customer_id</b> for customers and <b>guest_key</b> (the e-mail) for guests. "
           "Values are bound, never written into the text: each <b>?</b> takes the value "
           "listed on the right, in the same order."),
        this);
    intro->setWordWrap(true);

    m_dialect = new QComboBox(this);
    for (seg::Dialect d : {seg::Dialect::Sqlite, seg::Dialect::MySql, seg::Dialect::PostgreSql}) {
        const QString label = d == settings.dialect
                                  ? tr("%1 (the connected store)").arg(dialectLabel(d))
                                  : dialectLabel(d);
        m_dialect->addItem(label, int(d));
    }
    m_dialect->setCurrentIndex(m_dialect->findData(int(settings.dialect)));
    auto *dialectLabelWidget = new QLabel(tr("&Dialect:"), this);
    dialectLabelWidget->setBuddy(m_dialect);

    m_copy = new QPushButton(tr("&Copy SQL and values"), this);
    m_copy->setAutoDefault(false);
    m_copy->setToolTip(tr("Copies the statement followed by its bound values as SQL comments."));
    connect(m_copy, &QPushButton::clicked, this, &SqlPreviewDialog::copyToClipboard);

    auto *top = new QHBoxLayout;
    top->addWidget(dialectLabelWidget);
    top->addWidget(m_dialect);
    top->addStretch();
    top->addWidget(m_copy);

    m_sql = new QPlainTextEdit(this);
    m_sql->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    m_sql->setFont(mono);
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sql->setAccessibleName(tr("SQL statement"));
    new SqlHighlighter(m_sql->document());

    m_values = new QTableWidget(0, 3, this);
    m_values->setHorizontalHeaderLabels({tr("Placeholder"), tr("Value"), tr("Kind")});
    m_values->verticalHeader()->hide();
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_values->setAlternatingRowColors(true);
    m_values->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_values->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_values->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_values->setAccessibleName(tr("Bound values"));
    m_values->verticalHeader()->setDefaultSectionSize(m_values->fontMetrics().height() + 8);
    m_values->setWordWrap(false);

    auto *valuesBox = new QWidget(this);
    auto *valuesLayout = new QVBoxLayout(valuesBox);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    auto *sqlBox = new QWidget(this);
    auto *sqlLayout = new QVBoxLayout(sqlBox);
    sqlLayout->setContentsMargins(0, 0, 0, 0);
    sqlLayout->addWidget(new QLabel(tr("<b>Statement</b>"), sqlBox));
    auto *valuesTitle =
        new QLabel(tr("<b>Bound values</b>, in the order of the <b>?</b> placeholders"), valuesBox);
    valuesLayout->addWidget(valuesTitle);
    valuesLayout->addWidget(m_values);

    // Side by side: the statement and the values its placeholders take, all visible at once.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    sqlLayout->addWidget(m_sql);
    splitter->addWidget(sqlBox);
    splitter->addWidget(valuesBox);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 360});
    splitter->setChildrenCollapsible(false);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_dialect, &QComboBox::currentIndexChanged, this, &SqlPreviewDialog::compile);
    compile();
}

void SqlPreviewDialog::setDialect(seg::Dialect dialect)
{
    const int index = m_dialect->findData(int(dialect));
    if (index == m_dialect->currentIndex())
        compile();
    else
        m_dialect->setCurrentIndex(index);
}

seg::Dialect SqlPreviewDialog::dialect() const
{
    return seg::Dialect(m_dialect->currentData().toInt());
}

QString SqlPreviewDialog::sqlText() const
{
    return m_sql->toPlainText();
}

int SqlPreviewDialog::boundValueCount() const
{
    return m_values->rowCount();
}

QString SqlPreviewDialog::errorText() const
{
    return m_error;
}

QString SqlPreviewDialog::copiedText() const
{
    if (m_rawSql.isEmpty()) return {};
    QString text = m_sql->toPlainText() + QStringLiteral(";\n");
    text += tr("-- %n bound value(s), in the order of the ? placeholders:\n", nullptr,
               int(m_params.size()));
    for (qsizetype i = 0; i < m_params.size(); ++i)
        text += QStringLiteral("--   %1: %2\n").arg(i + 1).arg(seg::sqlLiteral(m_params.at(i)));
    return text;
}

void SqlPreviewDialog::copyToClipboard()
{
    const QString text = copiedText();
    if (text.isEmpty()) return;
    QApplication::clipboard()->setText(text);
    m_status->setText(
        tr("Copied the statement and its %n bound value(s).", nullptr, int(m_params.size())));
}

void SqlPreviewDialog::setAsOf(const std::optional<QDateTime> &asOf)
{
    m_asOf = asOf;
    compile();
}

void SqlPreviewDialog::compile()
{
    const quint64 generation = ++m_generation;
    const seg::Dialect target = dialect();
    m_compiling = true;
    m_copy->setEnabled(false);
    m_status->setText(tr("Compiling for %1…").arg(dialectLabel(target)));

    const seg::SegmentDefinition definition = m_definition;
    const std::optional<QDateTime> asOf = m_asOf;
    std::function<seg::Result<seg::CompiledQuery>(seg::StoreSession &)> work =
        [definition, target, asOf](seg::StoreSession &session) {
            return seg::previewMemberSql(
                session, definition, target,
                session.timeContext(asOf.value_or(QDateTime::currentDateTimeUtc()),
                                    asOf.has_value()));
        };
    auto *watcher = new QFutureWatcher<seg::Result<seg::CompiledQuery>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, target] {
        watcher->deleteLater();
        if (generation != m_generation) return; // another dialect was chosen meanwhile
        m_compiling = false;
        const seg::Result<seg::CompiledQuery> result = watcher->result();
        m_values->setRowCount(0);
        if (!result) {
            m_error = result.error().toString();
            m_rawSql.clear();
            m_params.clear();
            m_sql->setPlainText(QString());
            m_note->clear();
            m_status->setText(tr("<span style='color:#b00020'>The SQL cannot be shown: %1</span>")
                                  .arg(m_error.toHtmlEscaped()));
            emit ready();
            return;
        }
        m_error.clear();
        m_rawSql = result->sql;
        m_params = result->params;
        m_sql->setPlainText(seg::formatSqlForDisplay(result->sql));
        m_values->setRowCount(int(m_params.size()));
        for (int i = 0; i < int(m_params.size()); ++i) {
            auto *number = new QTableWidgetItem(QStringLiteral("?%1").arg(i + 1));
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_values->setItem(i, 0, number);
            m_values->setItem(i, 1, new QTableWidgetItem(seg::sqlLiteral(m_params.at(i))));
            m_values->setItem(i, 2, new QTableWidgetItem(seg::sqlValueKind(m_params.at(i))));
        }
        m_note->setText(target == seg::Dialect::Sqlite
                            ? tr("seg_fold() is Segmentor's Unicode case folding, registered on "
                                 "its own SQLite connections: "
                                 "to run this statement elsewhere, replace it with lower().")
                            : QString());
        m_note->setVisible(!m_note->text().isEmpty());
        m_status->setText(
            tr("%1 · %n bound value(s) · evaluated as of now in the store's time zone.", nullptr,
               int(m_params.size()))
                .arg(dialectLabel(target)));
        m_copy->setEnabled(true);
        emit ready();
    });
    watcher->setFuture(seg::runStoreTask<seg::CompiledQuery>(m_settings, work, false));
}
