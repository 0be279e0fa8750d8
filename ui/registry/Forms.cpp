#include "registry/Forms.h"

#include "casework/Crisis.h"

#include "format/AppSettings.h"
#include "registry/Identity.h"
#include "security/UserService.h"
#include "text/Digits.h"
#include "widgets/DateField.h"
#include "widgets/DigitLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

QList<QPair<QByteArray, QString>> workerChoices(storage::Database &db)
{
    QList<QPair<QByteArray, QString>> out;
    security::UserService users(db);
    if (auto list = users.list()) {
        for (const security::UserRecord &u : list.value())
            if (u.active)
                out.append({u.id, u.fullName});
    }
    return out;
}

QComboBox *termCombo(const QList<registry::Term> &terms, bool optional, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    if (optional)
        combo->addItem(QString(), QString());
    for (const registry::Term &t : terms)
        combo->addItem(t.label, t.key);
    return combo;
}

QComboBox *choiceCombo(const QList<registry::Term> &terms, const QString &name, const QString &placeholder,
                       QWidget *parent)
{
    QComboBox *combo = termCombo(terms, false, parent);
    combo->setObjectName(name);
    combo->setCurrentIndex(-1);
    combo->setPlaceholderText(placeholder);
    return combo;
}

void selectTerm(QComboBox *combo, const QString &key)
{
    const int i = combo->findData(key);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

namespace {
QString term(const QComboBox *c)
{
    return c->currentData().toString();
}
} // namespace

MemberForm::MemberForm(const AppSettings &settings, bool head, QWidget *parent) : QWidget(parent), m_head(head)
{
    using registry::Vocabulary;
    auto line = [this](const QString &name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        m_fields.insert(name, e);
        return e;
    };
    m_given = line(u"givenName"_s);
    m_father = line(u"fatherName"_s);
    m_grandfather = line(u"grandfatherName"_s);
    m_family = line(u"familyName"_s);
    m_nationality = line(u"nationality"_s);
    m_occupation = line(u"occupation"_s);
    m_disability = line(u"disability"_s);
    m_illness = line(u"chronicIllness"_s);
    m_school = line(u"schoolName"_s);
    m_grade = line(u"schoolGrade"_s);
    m_relation = termCombo(Vocabulary::relations(), true, this);
    // Facts that must be chosen start empty: no one is male, undocumented or
    // born today by default.
    m_sex = termCombo(Vocabulary::sexes(), true, this);
    m_marital = termCombo(Vocabulary::maritalStatuses(), true, this);
    m_education = termCombo(Vocabulary::educationLevels(), true, this);
    m_employment = termCombo(Vocabulary::employmentStatuses(), true, this);
    m_idType = new QComboBox(this);
    m_idType->addItem(tr("No document"), QString());
    for (registry::IdType t : registry::Identity::all())
        m_idType->addItem(registry::Identity::displayName(t), registry::Identity::key(t));
    m_idType->setPlaceholderText(tr("Choose the kind of document"));
    m_idType->setCurrentIndex(-1);
    m_idNumber = new DigitLineEdit(this);
    m_idNumber->setDigitStyle(settings.digitStyle());
    m_phone = new DigitLineEdit(this);
    m_phone->setDigitStyle(settings.digitStyle());
    m_birth = new DateField(settings, this);
    m_birth->allowEmpty(QDate::currentDate().addYears(-30));
    m_able = new QCheckBox(tr("Able to work"), this);
    auto name = [this](QWidget *w, const QString &field) {
        w->setObjectName(field);
        m_fields.insert(field, w);
    };
    name(m_relation, u"relation"_s);
    name(m_sex, u"sex"_s);
    name(m_idType, u"idType"_s);
    name(m_idNumber, u"idNumber"_s);
    name(m_phone, u"phone"_s);
    name(m_birth->editor(), u"birthDate"_s);
    name(m_marital, u"maritalStatus"_s);
    name(m_education, u"education"_s);
    name(m_employment, u"employment"_s);
    name(m_able, u"ableToWork"_s);
    if (head) {
        selectTerm(m_relation, u"head"_s);
        m_relation->setEnabled(false);
    } else {
        m_relation->removeItem(m_relation->findData(u"head"_s)); // a new head is chosen with "Make head"
    }

    auto *person = new QGroupBox(tr("Person"), this);
    auto *left = new QFormLayout(person);
    left->addRow(tr("Given name"), m_given);
    left->addRow(tr("Father's name"), m_father);
    left->addRow(tr("Grandfather's name"), m_grandfather);
    left->addRow(tr("Family name"), m_family);
    left->addRow(tr("Relation to the head"), m_relation);
    left->addRow(tr("Sex"), m_sex);
    left->addRow(tr("Birth date"), m_birth);
    left->addRow(tr("Identity document"), m_idType);
    left->addRow(tr("Document number"), m_idNumber);
    left->addRow(tr("Nationality"), m_nationality);
    left->addRow(tr("Phone"), m_phone);

    auto *situation = new QGroupBox(tr("Situation"), this);
    auto *right = new QFormLayout(situation);
    right->addRow(tr("Marital status"), m_marital);
    right->addRow(tr("Education"), m_education);
    right->addRow(tr("Employment"), m_employment);
    right->addRow(tr("Occupation"), m_occupation);
    right->addRow(QString(), m_able);
    right->addRow(tr("Disability (type)"), m_disability);
    right->addRow(tr("Chronic illness"), m_illness);
    right->addRow(tr("School (children)"), m_school);
    right->addRow(tr("Grade"), m_grade);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(person, 1);
    layout->addWidget(situation, 1);
    connect(m_idNumber, &QLineEdit::editingFinished, this, &MemberForm::offerFromIdentity);
    connect(m_idType, &QComboBox::currentIndexChanged, this, &MemberForm::offerFromIdentity);
}

// An Egyptian ID carries the birth date and sex: fill them in from it.
void MemberForm::offerFromIdentity()
{
    const auto type = registry::Identity::fromKey(term(m_idType));
    if (!type || *type != registry::IdType::EgyptianNationalId)
        return;
    const registry::IdCheck check = registry::Identity::check(*type, m_idNumber->value());
    if (!check.valid)
        return;
    if (check.birthDate)
        m_birth->setDate(*check.birthDate);
    if (check.sex)
        selectTerm(m_sex, *check.sex == registry::Sex::Male ? u"male"_s : u"female"_s);
}

registry::MemberData MemberForm::data() const
{
    registry::MemberData d;
    d.givenName = m_given->text();
    d.fatherName = m_father->text();
    d.grandfatherName = m_grandfather->text();
    d.familyName = m_family->text();
    d.relation = m_head ? u"head"_s : term(m_relation);
    d.sex = term(m_sex);
    d.birthDate = m_birth->date();
    d.idType = m_idType->currentIndex() < 0 ? QString() : term(m_idType);
    d.idNumber = m_idNumber->value();
    d.nationality = m_nationality->text();
    d.phone = m_phone->value();
    d.maritalStatus = term(m_marital);
    d.education = term(m_education);
    d.employment = term(m_employment);
    d.occupation = m_occupation->text();
    d.ableToWork = m_able->isChecked();
    d.disability = m_disability->text();
    d.chronicIllness = m_illness->text();
    d.schoolName = m_school->text();
    d.schoolGrade = m_grade->text();
    return d;
}

void MemberForm::setData(const registry::MemberData &d)
{
    m_given->setText(d.givenName);
    m_father->setText(d.fatherName);
    m_grandfather->setText(d.grandfatherName);
    m_family->setText(d.familyName);
    if (!m_head) {
        if (d.relation == u"head" && m_relation->findData(u"head"_s) < 0)
            m_relation->addItem(registry::Vocabulary::label(registry::Vocabulary::relations(), d.relation), d.relation);
        selectTerm(m_relation, d.relation);
    }
    selectTerm(m_sex, d.sex);
    if (d.birthDate.isValid())
        m_birth->setDate(d.birthDate);
    selectTerm(m_idType, d.idType);
    m_idNumber->setValue(d.idNumber);
    m_nationality->setText(d.nationality);
    m_phone->setValue(d.phone);
    selectTerm(m_marital, d.maritalStatus);
    selectTerm(m_education, d.education);
    selectTerm(m_employment, d.employment);
    m_occupation->setText(d.occupation);
    m_able->setChecked(d.ableToWork.value_or(false));
    m_disability->setText(d.disability);
    m_illness->setText(d.chronicIllness);
    m_school->setText(d.schoolName);
    m_grade->setText(d.schoolGrade);
}

std::optional<Error> MemberForm::missingChoice() const
{
    if (m_head && m_birth->isEmpty())
        return makeError(ErrorCode::Invalid, tr("Birth date: choose the head of household's birth date."),
                         u"birthDate"_s);
    if (m_idType->currentIndex() < 0)
        return makeError(ErrorCode::Invalid,
                         tr("Identity document: choose the kind of document, or \"No document\"."), u"idType"_s);
    return std::nullopt;
}

bool MemberForm::focusField(const QString &field)
{
    QWidget *w = m_fields.value(field);
    if (w)
        w->setFocus();
    return w != nullptr;
}

void HouseholdForm::suggestPlaces(const QStringList &regions, const QStringList &cities, const QStringList &districts)
{
    const QString typed = m_region->currentText();
    for (const QString &r : regions)
        if (m_region->findText(r) < 0)
            m_region->addItem(r);
    m_region->setCurrentText(typed);
    for (auto [edit, names] : {std::pair{m_city, cities}, std::pair{m_district, districts}}) {
        auto *completer = new QCompleter(names, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
}

void suggestPlaces(HouseholdForm *form, storage::Database &db)
{
    auto places = casework::Crisis(db).places();
    if (!places)
        return; // typing stays free
    QStringList regions, cities, districts;
    for (const casework::Place &p : places.value())
        (p.kind == u"region" ? regions : p.kind == u"city" ? cities : districts) << p.name;
    cities.removeDuplicates();
    districts.removeDuplicates();
    form->suggestPlaces(regions, cities, districts);
}

HouseholdForm::HouseholdForm(const AppSettings &settings, const QStringList &knownRegions,
                             const QList<QPair<QByteArray, QString>> &workers, QWidget *parent)
    : QWidget(parent)
{
    using registry::Vocabulary;
    m_region = new QComboBox(this);
    m_region->setEditable(true);
    m_region->addItems(knownRegions);
    m_region->setCurrentText(QString());
    m_city = new QLineEdit(this);
    m_district = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_housingType = termCombo(Vocabulary::housingTypes(), true, this);
    m_ownership = termCombo(Vocabulary::housingOwnership(), true, this);
    m_rent = new QDoubleSpinBox(this);
    m_rent->setRange(0, 1e7);
    m_rent->setDecimals(0);
    m_phone = new DigitLineEdit(this);
    m_phone->setDigitStyle(settings.digitStyle());
    m_registered = new DateField(settings, this);
    m_worker = new QComboBox(this);
    m_worker->addItem(QString(), QByteArray());
    for (const auto &[id, name] : workers)
        m_worker->addItem(name, id);
    m_gps = new QLineEdit(this);
    m_gps->setLayoutDirection(Qt::LeftToRight);
    m_gps->setPlaceholderText(tr("latitude, longitude (e.g. 24.1556, 47.3120)"));
    m_categories = new QListWidget(this);
    for (const registry::Term &t : Vocabulary::defaultCategories()) {
        auto *item = new QListWidgetItem(t.label, m_categories);
        item->setData(Qt::UserRole, t.key);
        item->setCheckState(Qt::Unchecked);
    }
    // Every category in view: the form already scrolls, the list must not scroll inside it.
    m_categories->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_categories->setFixedHeight(m_categories->sizeHintForRow(0) * m_categories->count() + 2 * m_categories->frameWidth() + 4);
    auto name = [this](QWidget *w, const QString &field) {
        w->setObjectName(field);
        m_fields.insert(field, w);
    };
    name(m_region, u"region"_s);
    name(m_city, u"city"_s);
    name(m_district, u"district"_s);
    name(m_address, u"address"_s);
    name(m_housingType, u"housingType"_s);
    name(m_ownership, u"housingOwnership"_s);
    name(m_rent, u"monthlyRent"_s);
    name(m_phone, u"phone"_s);
    name(m_registered->editor(), u"registrationDate"_s);
    name(m_categories, u"categories"_s);
    name(m_worker, u"assignedWorker"_s);
    name(m_gps, u"latitude"_s);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Region / governorate"), m_region);
    form->addRow(tr("City"), m_city);
    form->addRow(tr("District"), m_district);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Housing"), m_housingType);
    form->addRow(tr("Ownership"), m_ownership);
    form->addRow(tr("Monthly rent"), m_rent);
    form->addRow(tr("Household phone"), m_phone);
    form->addRow(tr("Registration date"), m_registered);
    form->addRow(tr("GPS location"), m_gps);
    form->addRow(tr("Assigned worker"), m_worker);
    form->addRow(tr("Categories"), m_categories);
}

registry::HouseholdData HouseholdForm::data() const
{
    registry::HouseholdData d;
    d.region = m_region->currentText();
    d.city = m_city->text();
    d.district = m_district->text();
    d.address = m_address->text();
    d.housingType = term(m_housingType);
    d.housingOwnership = term(m_ownership);
    if (m_rent->value() > 0)
        d.monthlyRent = m_rent->value();
    d.phone = m_phone->value();
    d.registrationDate = m_registered->date();
    d.assignedWorker = m_worker->currentData().toByteArray();
    // "lat, long" in any digits; a half-typed pair reaches core, which explains it.
    const QStringList gps = text::toAsciiDigits(m_gps->text()).split(u',', Qt::SkipEmptyParts);
    if (!gps.isEmpty()) {
        bool okLat = false, okLon = false;
        const double lat = gps.value(0).trimmed().toDouble(&okLat);
        const double lon = gps.value(1).trimmed().toDouble(&okLon);
        d.latitude = okLat ? lat : 999; // out of range: refused with a message
        if (gps.size() > 1)
            d.longitude = okLon ? lon : 999;
    }
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            d.categories << m_categories->item(i)->data(Qt::UserRole).toString();
    }
    return d;
}

void HouseholdForm::setData(const registry::HouseholdData &d)
{
    m_region->setCurrentText(d.region);
    m_city->setText(d.city);
    m_district->setText(d.district);
    m_address->setText(d.address);
    selectTerm(m_housingType, d.housingType);
    selectTerm(m_ownership, d.housingOwnership);
    m_rent->setValue(d.monthlyRent.value_or(0));
    m_phone->setValue(d.phone);
    if (d.registrationDate.isValid())
        m_registered->setDate(d.registrationDate);
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(d.assignedWorker)));
    m_gps->setText(d.latitude && d.longitude ? u"%1, %2"_s.arg(*d.latitude, 0, 'f', 6).arg(*d.longitude, 0, 'f', 6)
                                             : QString());
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem *item = m_categories->item(i);
        item->setCheckState(d.categories.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

bool HouseholdForm::focusField(const QString &field)
{
    QWidget *w = m_fields.value(field);
    if (w)
        w->setFocus();
    return w != nullptr;
}

} // namespace tamkeen::ui
