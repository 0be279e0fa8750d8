#include "sync/DevicesView.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "sync/EnrolDialog.h"
#include "sync/Refusals.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QFileInfo>
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
      m_table(readOnlyTable({tr("Device"), tr("No."), tr("Centre"), tr("Receives"), tr("Last package received"), tr("Notes")},
                            this, 5)),
      m_duplicates(new QLabel(this)), m_refusals(new QLabel(this))
{
    setObjectName(u"devicesView"_s);
    m_table->setObjectName(u"devices"_s);
    m_duplicates->setObjectName(u"duplicateNumbers"_s);
    m_duplicates->setWordWrap(true);
    m_duplicates->setStyleSheet(u"color: #8a1c1c; font-weight: bold;"_s);
    m_duplicates->hide();
    m_refusals->setObjectName(u"refusalDetail"_s);
    m_refusals->setWordWrap(true);
    m_refusals->setStyleSheet(u"color: #8a1c1c;"_s); // the colour of the flagged rows
    m_refusals->hide();
    auto *enrol = new QPushButton(tr("Enrol a laptop…"), this);
    enrol->setObjectName(u"enrolDevice"_s);
    connect(enrol, &QPushButton::clicked, this, [this] { openEnrolDialog(); });
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
    buttons->addWidget(enrol);
    buttons->addWidget(revoke);
    buttons->addStretch(1);
    // A tab page: the style's margins keep the text off the tab's frame.
    auto *layout = new QVBoxLayout(this);
    // The actions and the warnings above the list: a long list never pushes
    // them below the window's edge.
    layout->addWidget(about);
    layout->addLayout(buttons);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_refusals);
    layout->addWidget(m_table, 1);
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
    int sharing = 0;
    QStringList refusals;
    for (int r = 0; r < m_rows.size(); ++r) {
        const sync::SyncDevice &d = m_rows[r];
        QStringList notes;
        if (d.thisDevice)
            notes << tr("This computer");
        // A number two administrators reserved offline: the rule of docs/sync-format.md.
        if (d.sharesNumber) {
            ++sharing;
            notes << (d.fileNumberPart == sync::Enrolment::fileNumberPart(d.number, 0)
                          ? tr("Number shared with another device: this one keeps it")
                          : tr("Number shared with another device: its new files are numbered %1")
                                .arg(Display::ltr(d.fileNumberPart)));
        }
        if (d.revoked)
            notes << tr("Revoked: %1").arg(d.revokedReason);
        if (d.clockAheadAt.isValid())
            notes << tr("Clock too far ahead (seen %1)").arg(display.moment(d.clockAheadAt));
        if (d.refusedAt.isValid()) {
            // The count here; why, in the user's language, in the line above the table.
            const QString why = sync::Refusals::text(d.refusedReason);
            if (d.refusedCount > 0) {
                const QString count = display.digits(tr("%Ln change(s)", nullptr, int(d.refusedCount)));
                notes << tr("Changes refused: %1 (last %2)").arg(count, display.moment(d.refusedAt));
                refusals << tr("%1: %2 refused in its last such package (%3). Why: %4.")
                                .arg(d.name, count, display.moment(d.refusedAt), why);
            } else { // refused as a whole: an old key, a restored copy
                notes << tr("Package refused (last %1)").arg(display.moment(d.refusedAt));
                refusals << tr("%1: its last such package was refused as a whole (%2). Why: %3.")
                                .arg(d.name, display.moment(d.refusedAt), why);
            }
        }
        if (d.missing > 0)
            notes << tr("%1 missing: ask for its next package")
                         .arg(display.digits(tr("%Ln change(s)", nullptr, int(d.missing))));
        // What it receives (its enrolment's scope, docs/sync-format.md).
        const QString receives = d.scope == u"centre"   ? tr("Its centre's families")
                                 : d.scope == u"region" ? tr("Its region's families")
                                                        : tr("Every family");
        const QStringList cells = {d.name, display.number(d.number), d.centre, receives,
                                   d.thisDevice ? QString()
                                   : d.lastPackageAt.isValid() ? display.moment(d.lastPackageAt)
                                                               : tr("Never"),
                                   Display::joined(notes)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == cells.size() - 1 && !notes.isEmpty())
                item->setToolTip(notes.join(u'\n')); // the whole note when the column cuts it
            if (d.revoked || d.clockAheadAt.isValid() || d.sharesNumber || d.refusedAt.isValid())
                item->setForeground(QColor(0x8a, 0x1c, 0x1c));
            m_table->setItem(r, c, item);
        }
    }
    m_duplicates->setText(tr("Two administrators gave the same number to different devices. The device enrolled "
                             "first keeps it; the other numbers its new files with a letter after the number. File "
                             "numbers already given do not change."));
    m_duplicates->setVisible(sharing > 0);
    m_refusals->setText(refusals.join(u'\n'));
    m_refusals->setVisible(!refusals.isEmpty());
}

EnrolDialog *DevicesView::openEnrolDialog()
{
    auto *dialog = new EnrolDialog(m_db, m_settings, m_session, this);
    connect(dialog, &FormDialog::saved, this, [this, dialog] {
        const sync::EnrolledDevice &e = dialog->enrolled();
        QString message = tr("%1 is enrolled as device %2. Give it the enrolment file and, separately, the "
                             "passphrase; export to the other computers so they know its number.")
                              .arg(e.name, Display(m_settings).number(e.number));
        if (!dialog->snapshotPath().isEmpty())
            message += u' '
                       + tr("Give it the snapshot %1 too, to import once it is set up.")
                             .arg(Display::ltr(QFileInfo(dialog->snapshotPath()).fileName()));
        if (!dialog->snapshotError().isEmpty()) {
            m_banner->showError(message + u' '
                                + tr("The snapshot could not be saved (%1): the laptop will receive the data in "
                                     "sync packages.")
                                      .arg(dialog->snapshotError()));
        } else {
            m_banner->showSuccess(message);
        }
        refresh();
    });
    dialog->show();
    return dialog;
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
    m_banner->showSuccess(tr("%1 is revoked and the organisation key has changed. Export to the other computers soon: they take the "
                                 "new key from this computer's packages, and it can no longer read theirs.").arg(m_rows[row].name));
    refresh();
    return true;
}

} // namespace tamkeen::ui
