#include "clinic/WeekView.h"

#include "clinic/ClinicText.h"
#include "format/AppSettings.h"
#include "format/Display.h"

#include <QColor>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

WeekView::WeekView(const AppSettings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    setObjectName(u"weekView"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    // The first column added sits on the reading side: the week reads from the right in Arabic.
    for (int i = 0; i < 7; ++i) {
        auto *column = new QVBoxLayout;
        auto *head = new QPushButton(this);
        head->setFlat(true);
        head->setObjectName(u"day%1"_s.arg(i));
        head->setToolTip(tr("Show this day"));
        auto *list = new QListWidget(this);
        list->setObjectName(u"dayList%1"_s.arg(i));
        list->setWordWrap(true);
        list->setSpacing(2); // entries of two lines stay apart
        list->setMinimumWidth(60);
        column->addWidget(head);
        column->addWidget(list, 1);
        layout->addLayout(column, 1);
        m_heads << head;
        m_lists << list;
        connect(head, &QPushButton::clicked, this, [this, i] { emit dayChosen(m_first.addDays(i)); });
        connect(list, &QListWidget::itemClicked, this, [this, list](QListWidgetItem *item) {
            for (QListWidget *other : std::as_const(m_lists))
                if (other != list)
                    other->clearSelection();
            emit appointmentSelected(item->data(Qt::UserRole).toByteArray());
        });
        connect(list, &QListWidget::itemActivated, this, [this, i] { emit dayChosen(m_first.addDays(i)); });
    }
}

QDate WeekView::weekStart(const QDate &day)
{
    const int first = int(QLocale().firstDayOfWeek());
    return day.addDays(-((day.dayOfWeek() - first + 7) % 7));
}

void WeekView::setWeek(const QDate &day, const QList<clinic::Appointment> &appointments)
{
    const QByteArray keep = selected();
    m_first = weekStart(day);
    const Display display(m_settings);
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        const QDate d = m_first.addDays(i);
        m_heads[i]->setText(u"%1\n%2"_s.arg(locale.dayName(d.dayOfWeek(), QLocale::LongFormat),
                                             display.digits(locale.toString(d, u"d MMMM"_s))));
        QFont f = m_heads[i]->font();
        f.setBold(d == QDate::currentDate());
        m_heads[i]->setFont(f);
        m_lists[i]->clear();
    }
    for (const clinic::Appointment &a : appointments) {
        const int column = int(m_first.daysTo(a.startsAt.date()));
        if (column < 0 || column > 6)
            continue;
        auto *item = new QListWidgetItem(u"%1  %2"_s.arg(ClinicText::time(display, a.startsAt), a.memberName));
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(u"%1 — %2"_s.arg(a.counsellorName, ClinicText::status(a.status)));
        if (a.status == u"no_show")
            item->setForeground(QColor(0x8a, 0x1c, 0x1c));
        else if (a.status != u"booked" && a.status != u"attended")
            item->setForeground(QColor(0x6b, 0x6b, 0x6b));
        m_lists[column]->addItem(item);
    }
    if (!keep.isEmpty())
        select(keep);
}

void WeekView::select(const QByteArray &appointmentId)
{
    for (QListWidget *list : std::as_const(m_lists)) {
        list->clearSelection();
        for (int r = 0; r < list->count(); ++r)
            if (list->item(r)->data(Qt::UserRole).toByteArray() == appointmentId) {
                list->setCurrentRow(r);
                list->scrollToItem(list->item(r));
            }
    }
}

QByteArray WeekView::selected() const
{
    for (QListWidget *list : m_lists)
        if (QListWidgetItem *item = list->currentItem(); item && item->isSelected())
            return item->data(Qt::UserRole).toByteArray();
    return {};
}

} // namespace tamkeen::ui
