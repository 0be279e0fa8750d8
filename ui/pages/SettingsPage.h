#pragma once
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace tamkeen::registry {
class IncomeService;
}
namespace tamkeen::security {
struct Session;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;
class MessageBanner;

// Language, digits, calendar and database location. Digits and calendar apply at
// once; language and database apply at the next start.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    // With `incomes` and an administrator's `session`, the organisation's
    // eligibility rule is shown and can be changed (it syncs to every laptop).
    SettingsPage(AppSettings &settings, const QString &currentDatabase, registry::IncomeService *incomes = nullptr,
                 const security::Session *session = nullptr, QWidget *parent = nullptr);
    bool saveRule(double head, double perMember, const QString &currency);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *digitsBox() const { return m_digits; }
    QComboBox *calendarBox() const { return m_calendar; }
    DateField *sampleDate() const { return m_sample; }
    MessageBanner *banner() const { return m_banner; }
    // Another area's settings, below these (e.g. the clinic's).
    void addBox(QWidget *box);
    void chooseDatabase(const QString &path);

private:
    AppSettings &m_settings;
    MessageBanner *m_banner;
    QComboBox *m_language, *m_digits, *m_calendar;
    QLineEdit *m_database;
    DateField *m_sample;
    registry::IncomeService *m_incomes;
    const security::Session *m_session;
};

} // namespace tamkeen::ui
