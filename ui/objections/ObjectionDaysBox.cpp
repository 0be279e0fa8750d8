#include "objections/ObjectionDaysBox.h"

#include "casework/Objections.h"
#include "widgets/MessageBanner.h"

#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using tamkeen::casework::Objections;

namespace tamkeen::ui {

ObjectionDaysBox::ObjectionDaysBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                                   QWidget *parent)
    : QGroupBox(tr("Days to answer objections and complaints"), parent), m_db(db), m_session(session),
      m_banner(banner), m_objection(new QSpinBox(this)), m_complaint(new QSpinBox(this))
{
    setObjectName(u"objectionDaysBox"_s);
    Objections objections(db);
    for (auto [box, kind] : {std::pair{m_objection, u"objection"_s}, std::pair{m_complaint, u"complaint"_s}}) {
        box->setObjectName(kind + u"Days"_s);
        box->setRange(1, 365);
        box->setSuffix(tr(" days"));
        auto days = objections.daysFor(kind);
        box->setValue(days ? days.value() : 30);
    }
    auto *save = new QPushButton(tr("Save the days"), this);
    save->setObjectName(u"saveObjectionDays"_s);
    connect(save, &QPushButton::clicked, this, &ObjectionDaysBox::save);
    auto *form = new QFormLayout(this);
    form->addRow(tr("An objection"), m_objection);
    form->addRow(tr("A complaint"), m_complaint);
    form->addRow(QString(), save);
}

bool ObjectionDaysBox::save()
{
    Objections objections(m_db);
    for (auto [box, kind] : {std::pair{m_objection, u"objection"_s}, std::pair{m_complaint, u"complaint"_s}})
        if (Status s = objections.setDaysFor(m_session, kind, box->value()); !s) {
            m_banner->showError(s.error().message);
            return false;
        }
    m_banner->showSuccess(tr("The days to answer were saved; they apply to what is received from now on."));
    return true;
}

} // namespace tamkeen::ui
