#include "sync/DevicesView.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

DevicesView::DevicesView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                         MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner),
      m_table(readOnlyTable({tr("Device"), tr("No."), tr("Centre"), tr("Last package received"), tr("Notes")}, this, 4))
{
    setObjectName(u"devicesView"_s);
    m_table->setObjectName(u"devices"_s);
    auto *revoke = new QPushButton(tr("Revoke this device…"), this);
    revoke->setObjectName(u"revokeDevice"_s);
    connect(revoke, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_rows.size()) {
            m_banner->showInfo(tr("Choose a device in the list first."));
            return;
        }
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Revoke a device"),
                                                     tr("Why is %1 revoked? (e.g. the laptop was lost or stolen)")
                                                         .arg(m_rows[row].name),
                                                     QLineEdit::Normal, QString(), &ok);
        if (ok)
            revokeSelected(reason);
    });
    auto *about = new QLabel(tr("Packages a revoked device makes after the revocation are refused by every computer "
                                "that has received it. A device whose clock was too far ahead is flagged: set its "
                                "date and time right."),
                             this);
    about->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(revoke);
    buttons->addStretch(1);
    // A tab page: the style's margins keep the text off the tab's frame.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void DevicesView::refresh()
{
    auto list = sync::SyncDevices(m_db).list();
    if (!list) {
        m_banner->showError(list.error().message);
        return;
    }
    const Display display(m_settings);
    m_rows = list.value();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const sync::SyncDevice &d = m_rows[r];
        QStringList notes;
        if (d.thisDevice)
            notes << tr("This computer");
        if (d.revoked)
            notes << tr("Revoked: %1").arg(d.revokedReason);
        if (d.clockAheadAt.isValid())
            notes << tr("Clock too far ahead (seen %1)").arg(display.moment(d.clockAheadAt));
        if (d.missing > 0)
            notes << tr("%1 missing: ask for its next package")
                         .arg(display.digits(tr("%Ln change(s)", nullptr, int(d.missing))));
        const QStringList cells = {d.name, display.number(d.number), d.centre,
                                   d.thisDevice ? QString()
                                   : d.lastPackageAt.isValid() ? display.moment(d.lastPackageAt)
                                                               : tr("Never"),
                                   Display::joined(notes)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (d.revoked || d.clockAheadAt.isValid())
                item->setForeground(QColor(0x8a, 0x1c, 0x1c));
            m_table->setItem(r, c, item);
        }
    }
}

bool DevicesView::revokeSelected(const QString &reason)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_banner->showInfo(tr("Choose a device in the list first."));
        return false;
    }
    if (Status s = sync::SyncDevices(m_db).revoke(m_session, m_rows[row].id, reason); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(tr("%1 is revoked. Export to the other computers so they refuse it too.").arg(m_rows[row].name));
    refresh();
    return true;
}

} // namespace tamkeen::ui
