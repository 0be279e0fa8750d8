#include "widgets/DateField.h"

#include "calendar/Hijri.h"
#include "format/AppSettings.h"
#include "format/Display.h"

#include <QCoreApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

DateField::DateField(const AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_edit(new QDateEdit(this)), m_hijri(new QLineEdit(this)),
      m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setCalendarPopup(true);
    // Day first, as dates are written in Saudi Arabia, Egypt and Lebanon.
    m_edit->setDisplayFormat(Display::shortDateFormat());
    m_edit->setDate(QDate::currentDate());
    m_edit->installEventFilter(this);
    m_hijri->setObjectName(u"hijriEntry"_s);
    m_hijri->setPlaceholderText(tr("Hijri day/month/year"));
    m_hijri->setToolTip(tr("Type the Umm al-Qura date, day first; the Gregorian date follows."));
    m_hijri->setMaxLength(16);
    m_label->setObjectName(u"spelledOutDate"_s);
    layout->addWidget(m_edit);
    layout->addWidget(m_hijri);
    layout->addWidget(m_label, 1);
    connect(m_hijri, &QLineEdit::editingFinished, this, &DateField::takeHijri);
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

void DateField::setCompact(bool compact)
{
    m_compact = compact;
    refresh();
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
    const Display display(m_settings);
    // The editor's digits come from its locale.
    m_edit->setLocale(display.editorLocale());
    m_edit->setDisplayFormat(Display::shortDateFormat());
    m_label->setText(isEmpty() ? QString() : display.date(m_edit->date()));
    m_label->setVisible(!m_compact);
    m_edit->setToolTip(m_compact ? m_label->text() : QString());
    m_hijri->setVisible(m_settings.showHijri() && !m_compact);
    if (isEmpty() && !m_hijri->hasFocus())
        m_hijri->clear();
    else if (const auto h = calendar::toHijri(m_edit->date()); h && !m_hijri->hasFocus())
        m_hijri->setText(display.digits(u"%1/%2/%3"_s.arg(h->day, 2, 10, QChar(u'0'))
                                            .arg(h->month, 2, 10, QChar(u'0'))
                                            .arg(h->year)));
}

void DateField::takeHijri()
{
    // Day, month and year in any digits, separated by / - . or spaces; a year
    // typed first (1448/06/12) is read too.
    const QStringList parts =
        text::toAsciiDigits(m_hijri->text()).split(QRegularExpression(u"[^0-9]+"_s), Qt::SkipEmptyParts);
    if (parts.size() != 3) {
        if (!m_hijri->text().trimmed().isEmpty())
            m_label->setText(tr("Type the Hijri date as day/month/year."));
        return;
    }
    int d = parts[0].toInt(), m = parts[1].toInt(), y = parts[2].toInt();
    if (d > 31)
        std::swap(d, y);
    const auto g = calendar::fromHijri({y, m, d});
    if (!g) {
        m_label->setText(tr("There is no such Hijri date."));
        return;
    }
    m_edit->setDate(*g);
    refresh();
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
