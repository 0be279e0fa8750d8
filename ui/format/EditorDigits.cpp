#include "format/EditorDigits.h"

#include "format/AppSettings.h"
#include "format/Display.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QEvent>

namespace tamkeen::ui {

EditorDigits::EditorDigits(const AppSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    qApp->installEventFilter(this);
    connect(&settings, &AppSettings::displayChanged, this, &EditorDigits::applyEverywhere);
    applyEverywhere();
}

EditorDigits::~EditorDigits()
{
    qApp->removeEventFilter(this);
}

bool EditorDigits::eventFilter(QObject *watched, QEvent *event)
{
    // Polish comes once before a widget is first shown: early enough that no
    // digit is ever drawn in the wrong style.
    if (event->type() == QEvent::Polish && watched->isWidgetType())
        apply(static_cast<QWidget *>(watched));
    return QObject::eventFilter(watched, event);
}

void EditorDigits::apply(QWidget *widget) const
{
    const Display display(m_settings);
    if (qobject_cast<QDateTimeEdit *>(widget) || qobject_cast<QCalendarWidget *>(widget)) {
        if (widget->locale() != display.editorLocale())
            widget->setLocale(display.editorLocale());
    } else if (qobject_cast<QAbstractSpinBox *>(widget)) {
        if (widget->locale() != display.numberEditorLocale())
            widget->setLocale(display.numberEditorLocale());
    }
}

void EditorDigits::applyEverywhere() const
{
    for (QWidget *w : QApplication::allWidgets())
        apply(w);
}

} // namespace tamkeen::ui
