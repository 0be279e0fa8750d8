#include "impact/DashboardFilters.h"

#include "casework/CareLevels.h"

#include "calendar/Hijri.h"
#include "format/AppSettings.h"
#include "org/Identities.h"
#include "plans/PlanService.h"
#include "registry/HouseholdList.h"
#include "security/UserService.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Kind = tamkeen::impact::Period::Kind;

namespace tamkeen::ui {

namespace {
const QString kKind = u"dashboard/kind"_s;
const QString kYear = u"dashboard/year"_s;
const QString kNumber = u"dashboard/number"_s;
const QString kFrom = u"dashboard/from"_s;
const QString kTo = u"dashboard/to"_s;
const QString kCentre = u"dashboard/centre"_s;
const QString kRegion = u"dashboard/region"_s;
const QString kWorker = u"dashboard/worker"_s;
const QString kCounsellor = u"dashboard/counsellor"_s;
const QString kTrack = u"dashboard/track"_s;
const QString kGroupBy = u"dashboard/groupBy"_s;
const QString kLevel = u"dashboard/careLevel"_s;

// Refills `box` with "all" first, keeping the current choice when it is still there.
void refill(QComboBox *box, const QString &all, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant chosen = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all, QVariant());
    for (const auto &[label, data] : items)
        box->addItem(label, data);
    box->setCurrentIndex(chosen.isValid() ? std::max(0, box->findData(chosen)) : 0);
}

void choose(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(std::max(0, box->findData(data))); // gone or none: all
}
} // namespace

DashboardFilters::DashboardFilters(storage::Database &db, const AppSettings &settings, const QByteArray &userId,
                                   QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_userId(userId), m_kind(new QComboBox(this)),
      m_year(new QSpinBox(this)), m_number(new QSpinBox(this)), m_from(new DateField(settings, this)),
      m_to(new DateField(settings, this)), m_centre(new QComboBox(this)), m_region(new QComboBox(this)),
      m_workerBox(new QComboBox(this)), m_counsellor(new QComboBox(this)), m_track(new QComboBox(this)),
      m_level(new QComboBox(this)), m_groupBy(new QComboBox(this))
{
    m_groupBy->setObjectName(u"dashboardGroupBy"_s);
    for (auto by : {impact::GroupBy::Centre, impact::GroupBy::Worker, impact::GroupBy::Track})
        m_groupBy->addItem(impact::GroupedFigures::title(by), int(by));
    m_kind->setObjectName(u"dashboardPeriodKind"_s);
    m_kind->addItem(tr("Month"), int(Kind::Month));
    m_kind->addItem(tr("Quarter"), int(Kind::Quarter));
    m_kind->addItem(tr("Year"), int(Kind::Year));
    m_kind->addItem(tr("Hijri month"), int(Kind::HijriMonth));
    m_kind->addItem(tr("Custom dates"), int(Kind::Custom));
    m_year->setObjectName(u"dashboardYear"_s);
    m_number->setObjectName(u"dashboardNumber"_s);
    m_centre->setObjectName(u"dashboardCentre"_s);
    m_from->setObjectName(u"dashboardFrom"_s);
    m_to->setObjectName(u"dashboardTo"_s);
    m_region->setObjectName(u"dashboardRegion"_s);
    m_workerBox->setObjectName(u"dashboardWorker"_s);
    m_counsellor->setObjectName(u"dashboardCounsellor"_s);
    m_track->setObjectName(u"dashboardTrack"_s);
    m_level->setObjectName(u"dashboardCareLevel"_s);
    loadCentres();
    loadChoices();
    // Two rows: the period and centre, then who and what; each fits 1366 pixels.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    rows->addLayout(row);
    row->addWidget(new QLabel(tr("Period:"), this));
    row->addWidget(m_kind);
    row->addWidget(m_year);
    row->addWidget(m_number);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Centre:"), this));
    row->addWidget(m_centre, 1);
    row->addSpacing(12);
    auto *levelLabel = new QLabel(tr("Level of care:"), this);
    levelLabel->setBuddy(m_level);
    row->addWidget(levelLabel);
    row->addWidget(m_level, 1);
    auto *second = new QHBoxLayout;
    rows->addLayout(second);
    m_workerLabel = new QLabel(tr("Worker:"), this);
    const QList<std::pair<QLabel *, QComboBox *>> more{{new QLabel(tr("Region:"), this), m_region},
                                                       {m_workerLabel, m_workerBox},
                                                       {new QLabel(tr("Counsellor:"), this), m_counsellor},
                                                       {new QLabel(tr("Track:"), this), m_track},
                                                       {new QLabel(tr("Bars:"), this), m_groupBy}};
    for (const auto &[label, box] : more) {
        label->setBuddy(box);
        second->addWidget(label);
        second->addWidget(box, 1);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    restore();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { setKind(Kind(m_kind->currentData().toInt())); });
    for (QSpinBox *spin : {m_year, m_number})
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            remember();
            emit changed();
        });
    for (DateField *field : {m_from, m_to})
        connect(field, &DateField::dateChanged, this, [this] {
            remember();
            emit changed();
        });
    for (QComboBox *box : {m_centre, m_region, m_workerBox, m_counsellor, m_track, m_level, m_groupBy})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            remember();
            emit changed();
        });
}

void DashboardFilters::loadChoices()
{
    QList<std::pair<QString, QVariant>> regions, workers, counsellors, tracks;
    if (auto list = registry::HouseholdList::regions(m_db))
        for (const QString &r : list.value())
            regions.append({r, r});
    if (auto users = security::UserService(m_db).list())
        for (const security::UserRecord &u : users.value()) {
            const QString name = u.fullName.isEmpty() ? u.username : u.fullName;
            if (u.role == security::Role::Counsellor)
                counsellors.append({name, u.id});
            else if (u.role == security::Role::FieldWorker || u.role == security::Role::Supervisor)
                workers.append({name, u.id}); // those households are assigned to
        }
    for (const registry::Term &t : plans::PlanService(m_db).allTracks())
        tracks.append({t.label, t.key});
    refill(m_region, tr("All regions"), regions);
    refill(m_workerBox, tr("All workers"), workers);
    refill(m_counsellor, tr("All counsellors"), counsellors);
    refill(m_track, tr("All tracks"), tracks);
    QList<std::pair<QString, QVariant>> levels;
    for (const registry::Term &t : casework::CareLevels::levels())
        levels.append({t.label, t.key});
    refill(m_level, tr("All levels"), levels);
}

impact::GroupBy DashboardFilters::grouping() const
{
    return impact::GroupBy(m_groupBy->currentData().toInt());
}

void DashboardFilters::setWorker(const QByteArray &worker)
{
    m_worker = worker;
    m_workerLabel->setVisible(worker.isEmpty());
    m_workerBox->setVisible(worker.isEmpty());
}

void DashboardFilters::loadCentres()
{
    const QByteArray chosen = m_centre->currentData().toByteArray();
    const QSignalBlocker block(m_centre);
    m_centre->clear();
    m_centre->addItem(tr("All centres"), QByteArray());
    if (auto centres = org::Identities::centres(m_db))
        for (const org::CentreRow &c : centres.value())
            m_centre->addItem(c.region.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.region), c.id);
    m_centre->setCurrentIndex(std::max(0, m_centre->findData(chosen)));
}

void DashboardFilters::setKind(Kind kind)
{
    {
        const QSignalBlocker b1(m_kind), b2(m_year), b3(m_number);
        m_kind->setCurrentIndex(m_kind->findData(int(kind)));
        const QDate today = QDate::currentDate();
        if (kind == Kind::HijriMonth) {
            const auto h = calendar::toHijri(today);
            m_year->setRange(1300, 1600);
            m_year->setValue(h ? h->year : 1448);
            m_number->setRange(1, 12);
            m_number->setValue(h ? h->month : 1);
        } else {
            m_year->setRange(1900, 2200);
            m_year->setValue(today.year());
            m_number->setRange(1, kind == Kind::Quarter ? 4 : 12);
            m_number->setValue(kind == Kind::Quarter ? (today.month() - 1) / 3 + 1 : today.month());
        }
        if (kind == Kind::Custom && m_from->isEmpty()) {
            const QSignalBlocker b4(m_from), b5(m_to);
            m_from->setDate(QDate(today.year(), 1, 1));
            m_to->setDate(today);
        }
    }
    showFieldsOfKind();
    if (!m_restoring) {
        remember();
        emit changed();
    }
}

void DashboardFilters::showFieldsOfKind()
{
    const auto kind = Kind(m_kind->currentData().toInt());
    m_year->setVisible(kind != Kind::Custom);
    m_number->setVisible(kind != Kind::Custom && kind != Kind::Year);
    m_number->setPrefix(kind == Kind::Quarter ? tr("Quarter ") : tr("Month "));
    m_from->setVisible(kind == Kind::Custom);
    m_to->setVisible(kind == Kind::Custom);
}

Result<impact::Period> DashboardFilters::period() const
{
    switch (Kind(m_kind->currentData().toInt())) {
    case Kind::Month:
        return impact::Period::month(m_year->value(), m_number->value());
    case Kind::Quarter:
        return impact::Period::quarter(m_year->value(), m_number->value());
    case Kind::Year:
        return impact::Period::year(m_year->value());
    case Kind::HijriMonth:
        return impact::Period::hijriMonth(m_year->value(), m_number->value());
    case Kind::Custom:
        break;
    }
    return impact::Period::custom(m_from->date(), m_to->date());
}

impact::ImpactFilter DashboardFilters::filter() const
{
    impact::ImpactFilter f;
    if (const QByteArray centre = m_centre->currentData().toByteArray(); !centre.isEmpty())
        f.centres = {centre};
    f.region = m_region->currentData().toString();
    // A field worker's own households, whatever was chosen before.
    f.worker = m_worker.isEmpty() ? m_workerBox->currentData().toByteArray() : m_worker;
    f.counsellor = m_counsellor->currentData().toByteArray();
    f.track = m_track->currentData().toString();
    f.careLevel = m_level->currentData().toString();
    return f;
}

void DashboardFilters::remember() const
{
    if (m_restoring)
        return;
    m_settings.rememberUserChoice(m_userId, kKind, m_kind->currentData().toInt());
    m_settings.rememberUserChoice(m_userId, kYear, m_year->value());
    m_settings.rememberUserChoice(m_userId, kNumber, m_number->value());
    m_settings.rememberUserChoice(m_userId, kFrom, m_from->date());
    m_settings.rememberUserChoice(m_userId, kTo, m_to->date());
    m_settings.rememberUserChoice(m_userId, kCentre, m_centre->currentData().toByteArray().toHex());
    m_settings.rememberUserChoice(m_userId, kRegion, m_region->currentData().toString());
    m_settings.rememberUserChoice(m_userId, kWorker, m_workerBox->currentData().toByteArray().toHex());
    m_settings.rememberUserChoice(m_userId, kCounsellor, m_counsellor->currentData().toByteArray().toHex());
    m_settings.rememberUserChoice(m_userId, kTrack, m_track->currentData().toString());
    m_settings.rememberUserChoice(m_userId, kLevel, m_level->currentData().toString());
    m_settings.rememberUserChoice(m_userId, kGroupBy, m_groupBy->currentData().toInt());
}

// The last choice of this user; the current month the first time.
void DashboardFilters::restore()
{
    m_restoring = true;
    const QVariant kind = m_settings.userChoice(m_userId, kKind);
    setKind(kind.isValid() && m_kind->findData(kind.toInt()) >= 0 ? Kind(kind.toInt()) : Kind::Month);
    if (kind.isValid()) {
        const QDate from = m_settings.userChoice(m_userId, kFrom).toDate();
        const QDate to = m_settings.userChoice(m_userId, kTo).toDate();
        if (from.isValid() && to.isValid()) {
            m_from->setDate(from);
            m_to->setDate(to);
        }
        m_year->setValue(m_settings.userChoice(m_userId, kYear).toInt());
        m_number->setValue(m_settings.userChoice(m_userId, kNumber).toInt());
        const QByteArray centre = QByteArray::fromHex(m_settings.userChoice(m_userId, kCentre).toByteArray());
        m_centre->setCurrentIndex(std::max(0, m_centre->findData(centre)));
        choose(m_region, m_settings.userChoice(m_userId, kRegion).toString());
        choose(m_workerBox, QByteArray::fromHex(m_settings.userChoice(m_userId, kWorker).toByteArray()));
        choose(m_counsellor, QByteArray::fromHex(m_settings.userChoice(m_userId, kCounsellor).toByteArray()));
        choose(m_track, m_settings.userChoice(m_userId, kTrack).toString());
        choose(m_level, m_settings.userChoice(m_userId, kLevel).toString());
        choose(m_groupBy, m_settings.userChoice(m_userId, kGroupBy).toInt());
    }
    m_restoring = false;
}

} // namespace tamkeen::ui
