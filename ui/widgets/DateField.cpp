#include "widgets/DateField.h"

#include "format/AppSettings.h"
#include "format/Display.h"

#include <QCoreApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

DateField::DateField(const AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_edit(new QDateEdit(this)), m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setCalendarPopup(true);
    // Day first, as dates are written in Saudi Arabia, Egypt and Lebanon.
    m_edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_edit->setDate(QDate::currentDate());
    m_edit->installEventFilter(this);
    m_label->setObjectName(u"spelledOutDate"_s);
    layout->addWidget(m_edit);
    layout->addWidget(m_label, 1);
    connect(m_edit, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        refresh();
        emit dateChanged(d);
    });
    connect(&settings, &AppSettings::displayChanged, this, &DateField::refresh);
    refresh();
}

QDate DateField::date() const { return isEmpty() ? QDate() : m_edit->date(); }

void DateField::allowEmpty(const QDate &anchor)
{
    m_anchor = anchor;
    m_edit->setSpecialValueText(tr("Not chosen"));
    m_edit->calendarWidget()->installEventFilter(this);
    clear();
}

void DateField::clear()
{
    if (!m_anchor.isValid())
        return;
    m_edit->setDate(m_edit->minimumDate()); // the special value: shown as "Not chosen"
    refresh();
}

bool DateField::isEmpty() const
{
    return m_anchor.isValid() && m_edit->date() == m_edit->minimumDate();
}

void DateField::setDate(const QDate &date) { m_edit->setDate(date); }
QString DateField::spelledOut() const { return m_label->text(); }

void DateField::refresh()
{
    const bool arabicDigits = m_settings.digitStyle() == text::DigitStyle::ArabicIndic;
    // The editor's digits come from its locale.
    m_edit->setLocale(arabicDigits ? QLocale(QLocale::Arabic, QLocale::SaudiArabia) : QLocale(QLocale::English));
    m_label->setText(isEmpty() ? QString() : Display(m_settings).date(m_edit->date()));
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    // An empty field's calendar opens on the anchor's month, not on the minimum date.
    if (event->type() == QEvent::Show && isEmpty() && watched == m_edit->calendarWidget())
        m_edit->calendarWidget()->setCurrentPage(m_anchor.year(), m_anchor.month());
    // Typed digits of any style become the editor's own digits.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QString typed = key->text();
        if (isEmpty()) {
            const bool digit = typed.size() == 1 && text::digitValue(typed.at(0)) >= 0;
            const bool step = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down || key->key() == Qt::Key_PageUp ||
                              key->key() == Qt::Key_PageDown;
            if (digit || step) {
                m_edit->setDate(m_anchor); // typing starts from the anchor, day first
                m_edit->setSelectedSection(QDateTimeEdit::DaySection);
                if (step)
                    return true;
            }
        }
        if (typed.size() == 1 && text::digitValue(typed.at(0)) >= 0) {
            const QString wanted = text::toDigitStyle(typed, m_settings.digitStyle());
            if (wanted != typed) {
                QKeyEvent mapped(QEvent::KeyPress, Qt::Key_0 + text::digitValue(typed.at(0)), key->modifiers(), wanted);
                QCoreApplication::sendEvent(m_edit, &mapped);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tamkeen::ui
