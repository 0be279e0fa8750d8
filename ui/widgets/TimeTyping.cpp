#include "widgets/TimeTyping.h"

#include "text/Digits.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace tamkeen::ui {

TimeTyping::TimeTyping(QDateTimeEdit *editor) : QObject(editor), m_editor(editor) {}

void TimeTyping::install(QDateTimeEdit *editor)
{
    editor->installEventFilter(new TimeTyping(editor));
}

bool TimeTyping::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const QString typed = key->text();
    if (typed.size() != 1 || text::digitValue(typed.at(0)) < 0)
        return QObject::eventFilter(watched, event);
    // A full section (two digits) is replaced by what is typed into it.
    const QDateTimeEdit::Section section = m_editor->currentSection();
    auto *line = m_editor->findChild<QLineEdit *>();
    if (line && !line->hasSelectedText() && section != QDateTimeEdit::NoSection &&
        m_editor->sectionText(section).size() >= 2)
        m_editor->setSelectedSection(section);
    // The editor reads its locale's digits only.
    const bool arabic = m_editor->locale().language() == QLocale::Arabic;
    const QString wanted = text::toDigitStyle(typed, arabic ? text::DigitStyle::ArabicIndic : text::DigitStyle::Latin);
    if (wanted == typed)
        return false;
    QKeyEvent mapped(QEvent::KeyPress, Qt::Key_0 + text::digitValue(typed.at(0)), key->modifiers(), wanted);
    QCoreApplication::sendEvent(m_editor, &mapped);
    return true;
}

} // namespace tamkeen::ui
