#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tamkeen::ui {

class AppSettings;
class DateField;
class MessageBanner;

// Language, digits, calendar and database location. Digits and calendar apply at
// once; language and database apply at the next start.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    SettingsPage(AppSettings &settings, const QString &currentDatabase, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *digitsBox() const { return m_digits; }
    QComboBox *calendarBox() const { return m_calendar; }
    DateField *sampleDate() const { return m_sample; }
    MessageBanner *banner() const { return m_banner; }
    void chooseDatabase(const QString &path);

private:
    AppSettings &m_settings;
    MessageBanner *m_banner;
    QComboBox *m_language, *m_digits, *m_calendar;
    QLineEdit *m_database;
    DateField *m_sample;
};

} // namespace tamkeen::ui
