#pragma once
// The input forms of the registry, shared by the dialogs: a household's fields
// and a member's fields. They only collect input; validation is core's, and its
// errors come back naming the field, which the form then focuses.
#include "common/Result.h"
#include "registry/Records.h"
#include "registry/Vocabulary.h"

#include <QHash>
#include <optional>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;
class DigitLineEdit;

// Active users a household can be assigned to: (id, full name).
QList<QPair<QByteArray, QString>> workerChoices(storage::Database &db);

// A combo box of vocabulary terms; with `optional`, an empty first entry.
QComboBox *termCombo(const QList<registry::Term> &terms, bool optional, QWidget *parent);
// The terms to choose from, none chosen yet (never assumed), `placeholder`
// saying what to choose; named `name` for the form's messages.
QComboBox *choiceCombo(const QList<registry::Term> &terms, const QString &name, const QString &placeholder,
                       QWidget *parent);
void selectTerm(QComboBox *combo, const QString &key);

class MemberForm : public QWidget {
    Q_OBJECT
public:
    MemberForm(const AppSettings &settings, bool head, QWidget *parent = nullptr);

    registry::MemberData data() const;
    void setData(const registry::MemberData &data);
    // Focuses the input that core's error names; false when there is none.
    bool focusField(const QString &field);
    // A choice that must be made and was not (the kind of document; the head's
    // birth date), as an error naming the field; empty when all are made.
    std::optional<Error> missingChoice() const;

private:
    void offerFromIdentity();

    bool m_head;
    QHash<QString, QWidget *> m_fields;
    QLineEdit *m_given, *m_father, *m_grandfather, *m_family, *m_nationality, *m_occupation, *m_disability,
        *m_illness, *m_school, *m_grade;
    QComboBox *m_relation, *m_sex, *m_idType, *m_marital, *m_education, *m_employment;
    DigitLineEdit *m_idNumber, *m_phone;
    DateField *m_birth;
    QCheckBox *m_able;
};

class HouseholdForm;
// Offers `form` the place list's names (casework::Crisis::places); nothing when it cannot be read.
void suggestPlaces(HouseholdForm *form, storage::Database &db);

class HouseholdForm : public QWidget {
    Q_OBJECT
public:
    // `workers`: the users a household can be assigned to (id, full name).
    HouseholdForm(const AppSettings &settings, const QStringList &knownRegions,
                  const QList<QPair<QByteArray, QString>> &workers, QWidget *parent = nullptr);

    registry::HouseholdData data() const;
    void setData(const registry::HouseholdData &data);
    bool focusField(const QString &field);
    // The administrator's place list offered as the family's region, city and
    // district are typed (the crisis lists find families by these names:
    // a name typed as on the list is a family found).
    void suggestPlaces(const QStringList &regions, const QStringList &cities, const QStringList &districts);
    QLineEdit *cityEdit() const { return m_city; }
    QLineEdit *districtEdit() const { return m_district; }

private:
    QHash<QString, QWidget *> m_fields;
    QComboBox *m_region, *m_housingType, *m_ownership, *m_worker;
    QLineEdit *m_gps;
    QLineEdit *m_city, *m_district, *m_address;
    QDoubleSpinBox *m_rent;
    DigitLineEdit *m_phone;
    DateField *m_registered;
    QListWidget *m_categories;
};

} // namespace tamkeen::ui
