#include "sync/ConflictsView.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "sync/SyncDevices.h"
#include "sync/SyncText.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {
QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    l->setFont(f);
    return l;
}
} // namespace

ConflictsView::ConflictsView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner),
      m_table(readOnlyTable({tr("Record"), tr("Field"), tr("Current value"), tr("Other value"), tr("Found on")}, this, 0)),
      m_record(new QLabel(this)), m_keptValue(valueLabel(this)), m_keptWho(new QLabel(this)),
      m_lostValue(valueLabel(this)), m_lostWho(new QLabel(this)), m_combined(new QLineEdit(this)),
      m_keepKept(new QPushButton(tr("Keep the current value"), this)),
      m_keepLost(new QPushButton(tr("Keep the other value"), this)),
      m_keepCombined(new QPushButton(tr("Keep the value typed"), this))
{
    setObjectName(u"conflictsView"_s);
    m_table->setObjectName(u"conflicts"_s);
    m_combined->setObjectName(u"combined"_s);
    m_combined->setPlaceholderText(tr("Or type a combined value"));
    m_keepKept->setObjectName(u"keepKept"_s);
    m_keepLost->setObjectName(u"keepLost"_s);
    m_keepCombined->setObjectName(u"keepCombined"_s);
    m_record->setWordWrap(true);
    m_keptWho->setWordWrap(true);
    m_lostWho->setWordWrap(true);

    auto *kept = new QGroupBox(tr("Current value (the later change)"), this);
    auto *keptLayout = new QVBoxLayout(kept);
    keptLayout->addWidget(m_keptValue);
    keptLayout->addWidget(m_keptWho);
    keptLayout->addWidget(m_keepKept);
    auto *lost = new QGroupBox(tr("Other value (kept aside)"), this);
    auto *lostLayout = new QVBoxLayout(lost);
    lostLayout->addWidget(m_lostValue);
    lostLayout->addWidget(m_lostWho);
    lostLayout->addWidget(m_keepLost);
    auto *sides = new QHBoxLayout;
    sides->addWidget(kept, 1);
    sides->addWidget(lost, 1);
    auto *combined = new QHBoxLayout;
    combined->addWidget(m_combined, 1);
    combined->addWidget(m_keepCombined);

    auto *about = new QLabel(tr("The same information was changed on two computers before they exchanged data. The "
                                "later change is in use everywhere; the other one is kept here until a supervisor "
                                "decides. The decision reaches the other computers with the next sync."),
                             this);
    about->setWordWrap(true);
    // A tab page: the style's margins keep the text off the tab's frame.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_record);
    layout->addLayout(sides);
    layout->addLayout(combined);
    layout->addStretch(0);

    const bool decides = m_session.role == security::Role::Supervisor || m_session.isAdministrator();
    for (QWidget *w : std::initializer_list<QWidget *>{m_keepKept, m_keepLost, m_keepCombined, m_combined})
        w->setVisible(decides);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsView::showSelected);
    connect(m_keepKept, &QPushButton::clicked, this, &ConflictsView::keepKept);
    connect(m_keepLost, &QPushButton::clicked, this, &ConflictsView::keepLost);
    connect(m_keepCombined, &QPushButton::clicked, this, &ConflictsView::keepCombined);
    connect(m_combined, &QLineEdit::returnPressed, this, &ConflictsView::keepCombined);
}

void ConflictsView::refresh()
{
    auto open = sync::Conflicts(m_db).open(m_session);
    if (!open) {
        m_banner->showError(open.error().message);
        return;
    }
    const Display display(m_settings);
    sync::SyncDevices names(m_db);
    m_rows = open.value();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const sync::Conflict &c = m_rows[r];
        const QString name = names.recordName(c.table, c.rowId).value();
        const QString record = name.isEmpty() ? SyncText::table(c.table)
                                              : tr("%1: %2").arg(SyncText::table(c.table), Display::ltr(name));
        const QString field = c.kind == u"archive" ? tr("Archived while edited elsewhere") : SyncText::column(c.column);
        const QStringList cells = {record, field, valueText(c, c.kept),
                                   c.kind == u"archive" ? tr("Edited on another computer") : valueText(c, c.lost),
                                   display.moment(c.detectedAt)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    if (!m_rows.isEmpty() && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, 0);
    showSelected();
    emit countChanged(m_rows.size());
}

void ConflictsView::showSelected()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_rows.size();
    // A confidential note's conflict is decided only by those who may read it.
    const bool decides = any && sync::Conflicts::mayResolve(m_session, m_rows[row]);
    for (QWidget *w : std::initializer_list<QWidget *>{m_keepKept, m_keepLost, m_keepCombined, m_combined})
        w->setEnabled(decides);
    if (!any) {
        m_record->setText(m_rows.isEmpty() ? tr("No conflicts: every computer that exchanged data agrees.") : QString());
        for (QLabel *l : {m_keptValue, m_keptWho, m_lostValue, m_lostWho})
            l->clear();
        return;
    }
    const sync::Conflict &c = m_rows[row];
    const Display display(m_settings);
    QString record = m_table->item(row, 0)->text() + u" — "_s + m_table->item(row, 1)->text();
    if (c.confidential) // why the values are hidden, or why only a supervisor decides
        record += u"\n"_s + tr("Confidential: visible to counsellors and supervisors only; a supervisor decides.");
    m_record->setText(record);
    m_keptValue->setText(valueText(c, c.kept));
    m_lostValue->setText(c.kind == u"archive" ? tr("Edited on another computer; not archived there")
                                              : valueText(c, c.lost));
    const auto who = [&](const sync::ConflictSide &s) {
        return tr("Changed by %1 on %2").arg(s.authorName.isEmpty() ? tr("an unknown user") : s.authorName,
                                            display.moment(s.at));
    };
    m_keptWho->setText(who(c.kept));
    m_lostWho->setText(who(c.lost));
    // An archive conflict is decided by keeping or undoing the archive.
    m_combined->setVisible(c.kind == u"field" && m_keepCombined->isVisibleTo(this));
    m_keepCombined->setEnabled(decides && c.kind == u"field");
    m_keepKept->setText(c.kind == u"archive" && c.kept.value.toInt() == 1 ? tr("Keep it archived")
                                                                            : tr("Keep the current value"));
    m_keepLost->setText(c.kind == u"archive" ? (c.kept.value.toInt() == 1 ? tr("Restore it") : tr("Archive it"))
                                             : tr("Keep the other value"));
}

QString ConflictsView::valueText(const sync::Conflict &c, const sync::ConflictSide &side)
{
    // Core withheld the values: say so instead of showing an empty value.
    return c.hidden ? tr("Hidden: confidential") : SyncText::value(c.column, side.value);
}

bool ConflictsView::resolve(const QVariant &value)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_banner->showInfo(tr("Choose a conflict in the list first."));
        return false;
    }
    if (Status s = sync::Conflicts(m_db).resolve(m_session, m_rows[row].id, value); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(tr("Resolved. The other computers receive the decision with the next sync."));
    m_combined->clear();
    m_table->setCurrentCell(-1, -1);
    refresh();
    return true;
}

bool ConflictsView::keepKept()
{
    const int row = m_table->currentRow();
    return resolve(row >= 0 && row < m_rows.size() ? m_rows[row].kept.value : QVariant());
}

bool ConflictsView::keepLost()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_rows.size() && m_rows[row].kind == u"archive")
        return resolve(m_rows[row].kept.value.toInt() == 1 ? 0 : 1);
    return resolve(row >= 0 && row < m_rows.size() ? m_rows[row].lost.value : QVariant());
}

bool ConflictsView::keepCombined()
{
    if (m_combined->text().trimmed().isEmpty()) {
        m_banner->showInfo(tr("Type the combined value first."));
        m_combined->setFocus();
        return false;
    }
    return resolve(m_combined->text().trimmed());
}

} // namespace tamkeen::ui
