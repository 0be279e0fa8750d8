#include "clinic/QueueView.h"

#include "clinic/ClinicText.h"
#include "format/AppSettings.h"
#include "format/Display.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

QueueView::QueueView(const AppSettings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    setObjectName(u"queueView"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    static const char *const names[] = {"expected", "arrived", "beingSeen"};
    for (int g = 0; g < GroupCount; ++g) {
        auto *column = new QVBoxLayout;
        m_titles[g] = new QLabel(this);
        QFont f = m_titles[g]->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.1);
        m_titles[g]->setFont(f);
        m_lists[g] = new QListWidget(this);
        m_lists[g]->setObjectName(QString::fromLatin1(names[g]));
        m_lists[g]->setWordWrap(true); // two lines an entry: who, then with whom
        column->addWidget(m_titles[g]);
        column->addWidget(m_lists[g], 1);
        layout->addLayout(column, 1);
        connect(m_lists[g], &QListWidget::itemClicked, this, [this, g](QListWidgetItem *item) {
            for (int other = 0; other < GroupCount; ++other)
                if (other != g)
                    m_lists[other]->clearSelection();
            emit appointmentSelected(item->data(Qt::UserRole).toByteArray());
        });
    }
    setAppointments({});
}

void QueueView::setAppointments(const QList<clinic::Appointment> &today)
{
    const Display display(m_settings);
    for (QListWidget *l : m_lists)
        l->clear();
    // Waiting people in the order they came, the others by their appointment time.
    auto key = [](const clinic::Appointment &a) {
        switch (ClinicText::queueState(a)) {
        case QueueState::Arrived: return a.arrivedAt;
        case QueueState::BeingSeen: return a.startedAt;
        default: return a.startsAt;
        }
    };
    QList<clinic::Appointment> ordered = today;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const clinic::Appointment &x, const clinic::Appointment &y) { return key(x) < key(y); });
    for (const clinic::Appointment &a : std::as_const(ordered)) {
        Group g;
        switch (ClinicText::queueState(a)) {
        case QueueState::Expected: g = Expected; break;
        case QueueState::Arrived: g = Arrived; break;
        case QueueState::BeingSeen: g = BeingSeen; break;
        default: continue;
        }
        QString text = u"%1  %2"_s.arg(ClinicText::time(display, key(a)), a.memberName);
        if (g == Expected)
            text += u"\n"_s + a.counsellorName;
        else
            text += u"\n"_s + tr("Appointment at %1 with %2").arg(ClinicText::time(display, a.startsAt), a.counsellorName);
        auto *item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, a.id);
        m_lists[g]->addItem(item);
    }
    m_titles[Expected]->setText(tr("Expected (%1)").arg(display.number(m_lists[Expected]->count())));
    m_titles[Arrived]->setText(tr("Arrived, waiting (%1)").arg(display.number(m_lists[Arrived]->count())));
    m_titles[BeingSeen]->setText(tr("Being seen (%1)").arg(display.number(m_lists[BeingSeen]->count())));
}

QList<QByteArray> QueueView::ids(Group group) const
{
    QList<QByteArray> list;
    for (int r = 0; r < m_lists[group]->count(); ++r)
        list << m_lists[group]->item(r)->data(Qt::UserRole).toByteArray();
    return list;
}

void QueueView::select(const QByteArray &appointmentId)
{
    for (QListWidget *l : m_lists) {
        l->clearSelection();
        for (int r = 0; r < l->count(); ++r)
            if (l->item(r)->data(Qt::UserRole).toByteArray() == appointmentId)
                l->setCurrentRow(r);
    }
}

} // namespace tamkeen::ui
