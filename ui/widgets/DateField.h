#pragma once
// A date input that shows the chosen calendar(s): a Gregorian date editor with
// the spelled-out date beside it, Umm al-Qura Hijri included when chosen. Where
// Hijri is shown it can also be typed (day/month/year), and the Gregorian date
// follows. Digits follow the user's style; any digit style may be typed.
#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace tamkeen::ui {

class AppSettings;

class DateField : public QWidget {
    Q_OBJECT
public:
    explicit DateField(const AppSettings &settings, QWidget *parent = nullptr);

    // Invalid while the field is empty (see allowEmpty()).
    QDate date() const;
    void setDate(const QDate &date);
    // The field may stay empty, saying "not chosen", and starts empty: a date
    // that must be chosen is never a silent default. The first key, arrow or
    // calendar page starts from `anchor`.
    void allowEmpty(const QDate &anchor);
    // In a table cell: the editor alone, the spelled-out date as its tooltip.
    void setCompact(bool compact);
    void clear();
    bool isEmpty() const;
    QDateEdit *editor() const { return m_edit; }
    QLineEdit *hijriEditor() const { return m_hijri; }
    QString spelledOut() const; // what the label beside the editor says

signals:
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void takeHijri();

    const AppSettings &m_settings;
    QDate m_anchor;
    bool m_compact = false;
    QDateEdit *m_edit;
    QLineEdit *m_hijri;
    QLabel *m_label;
};

} // namespace tamkeen::ui
