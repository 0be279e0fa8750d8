#include "pages/RetentionBox.h"

#include "format/Display.h"
#include "registry/Erasure.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

RetentionBox::RetentionBox(storage::Database &db, const AppSettings &settings, const security::Session &session,
                           MessageBanner *banner, QWidget *parent)
    : QGroupBox(tr("Keeping data after a household leaves support"), parent), m_db(db), m_settings(settings),
      m_session(session), m_banner(banner), m_years(new QSpinBox(this)), m_count(new QLabel(this)),
      m_due(readOnlyTable({tr("File number"), tr("Left support on")}, this, 0))
{
    setObjectName(u"retentionBox"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_years->setObjectName(u"retentionYears"_s);
    m_years->setRange(0, 100);
    m_years->setSpecialValueText(tr("No limit"));
    m_years->setSuffix(tr(" years after exit"));
    auto set = registry::Erasure::retentionYears(db);
    m_years->setValue(set ? set.value() : 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_years);
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(u"saveRetention"_s);
    row->addWidget(save);
    row->addStretch(1);
    form->addRow(tr("Keep the data"), row);
    layout->addLayout(form);
    m_count->setWordWrap(true);
    layout->addWidget(m_count);
    m_due->setObjectName(u"dueForErasure"_s);
    m_due->setMaximumHeight(160);
    layout->addWidget(m_due);
    connect(save, &QPushButton::clicked, this, &RetentionBox::save);
    showDue();
}

bool RetentionBox::save()
{
    const Status s = registry::Erasure::setRetentionYears(m_db, m_session, m_years->value());
    if (!s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(tr("The retention was saved; every computer applies it after its next sync."));
    showDue();
    return true;
}

void RetentionBox::showDue()
{
    const int years = m_years->value();
    m_due->setRowCount(0);
    m_due->setVisible(years > 0);
    if (years == 0) {
        m_count->setText(tr("No limit is set: data is kept until an administrator erases it."));
        return;
    }
    auto due = registry::Erasure::due(m_db, years, QDate::currentDate());
    if (!due) {
        m_count->setText(due.error().message);
        return;
    }
    const Display display(m_settings);
    // %n comes in Latin digits: the whole sentence in the user's.
    m_count->setText(display.digits(
        tr("%n household(s) left support more than %1 years ago and are not erased yet. Open each file and choose "
           "«Erase data…» on its Consent tab.",
           nullptr, int(due.value().size()))
            .arg(years)));
    m_due->setRowCount(int(due.value().size()));
    for (int r = 0; r < due.value().size(); ++r) {
        const registry::DueForErasure &d = due.value()[r];
        m_due->setItem(r, 0, new QTableWidgetItem(Display::ltr(d.fileNumber)));
        m_due->setItem(r, 1, new QTableWidgetItem(display.date(d.exitedOn)));
    }
}

} // namespace tamkeen::ui
