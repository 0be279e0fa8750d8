#pragma once
// Makes every editor of numbers, dates and times (spin boxes, date and time edits,
// calendar pop-ups) show the user's digits: Qt draws their digits in the widget's
// locale, which would otherwise be the interface language's (Arabic-Indic in
// Arabic whatever the user chose). Installed once on the application; follows a
// change of the setting at once.
#include <QObject>

namespace tamkeen::ui {

class AppSettings;

class EditorDigits : public QObject {
    Q_OBJECT
public:
    explicit EditorDigits(const AppSettings &settings, QObject *parent = nullptr);
    ~EditorDigits() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(QWidget *widget) const;
    void applyEverywhere() const;

    const AppSettings &m_settings;
};

} // namespace tamkeen::ui
