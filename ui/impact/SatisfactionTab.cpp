#include "impact/SatisfactionTab.h"

#include "format/Display.h"
#include "impact/SatisfactionDialog.h"
#include "impact/SatisfactionService.h"
#include "widgets/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::impact::Occasion;
using tamkeen::impact::SatisfactionService;

namespace tamkeen::ui {

SatisfactionTab::SatisfactionTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                 QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session),
      m_record(new QPushButton(tr("Record a satisfaction survey…"), this))
{
    setObjectName(u"satisfactionTab"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_record->setObjectName(u"recordSurvey"_s);
    // Only the roles that hold sessions, plan reviews or exits ask.
    m_record->setVisible(SatisfactionService::mayRecord(session, Occasion::Session)
                         || SatisfactionService::mayRecord(session, Occasion::Exit));
    connect(m_record, &QPushButton::clicked, this, &SatisfactionTab::recordSurvey);
    row->addWidget(m_record);
    row->addStretch(1);
    layout->addLayout(row);
    m_table = readOnlyTable({tr("Date"), tr("Occasion"), tr("Asked by"), tr("Average score"), tr("Comment")}, this, 4);
    m_table->setObjectName(u"surveys"_s);
    layout->addWidget(m_table);
}

void SatisfactionTab::setHousehold(const QByteArray &householdId)
{
    m_householdId = householdId;
    reload();
}

void SatisfactionTab::reload()
{
    const Display display(m_settings);
    auto surveys = SatisfactionService(m_db).surveys(m_householdId);
    const QList<impact::Survey> list = surveys ? surveys.value() : QList<impact::Survey>();
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const impact::Survey &s = list[r];
        double sum = 0;
        int answered = 0;
        for (const auto &score : s.scores) {
            if (score) {
                sum += *score;
                ++answered;
            }
        }
        const QString score =
            s.declined ? tr("Declined")
                       : display.digits(tr("%1 of 5 (%n answer(s))", nullptr, answered)
                                            .arg(display.decimal(sum / qMax(answered, 1), 1)));
        const QStringList cells{display.shortDate(s.askedOn), SatisfactionService::occasionLabel(s.occasion),
                                s.askedByName, score, s.comment};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

SatisfactionDialog *SatisfactionTab::recordSurvey()
{
    auto *d = new SatisfactionDialog(m_db, m_settings, m_session, m_householdId, std::nullopt, {}, {}, window());
    connect(d, &FormDialog::saved, this, [this] {
        reload();
        emit recorded();
    });
    d->open();
    return d;
}

} // namespace tamkeen::ui
