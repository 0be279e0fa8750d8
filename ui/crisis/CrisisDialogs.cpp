#include "crisis/CrisisDialogs.h"

#include "format/Display.h"
#include "registry/Forms.h"
#include "registry/IncomeService.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::casework::Crisis;

namespace tamkeen::ui {

namespace {

QString path(const casework::Place &p)
{
    QStringList parts{p.region, p.city, p.district};
    parts.removeAll(QString());
    return parts.join(u" / "_s);
}

} // namespace

DeclareEventDialog::DeclareEventDialog(storage::Database &db, const AppSettings &settings,
                                       const security::Session &session, QWidget *parent)
    : FormDialog(tr("Declare a crisis event"), tr("Declare"), parent), m_db(db), m_session(session),
      m_name(new QLineEdit(this)), m_kind(choiceCombo(Crisis::eventKinds(), u"kind"_s, tr("Choose what happened"), this)),
      m_on(new DateField(settings, this)), m_places(new QListWidget(this)), m_note(new QPlainTextEdit(this))
{
    setObjectName(u"declareEventDialog"_s);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. the flood of the valley"));
    m_on->setObjectName(u"declaredOn"_s);
    m_on->setDate(QDate::currentDate());
    m_places->setObjectName(u"places"_s);
    m_places->setMinimumHeight(140);
    if (auto places = Crisis(db).places())
        for (const casework::Place &p : places.value()) {
            auto *item = new QListWidgetItem(path(p), m_places);
            item->setData(Qt::UserRole, p.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    m_note->setObjectName(u"note"_s);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("What happened"), m_kind);
    m_form->addRow(tr("On"), m_on);
    m_form->addRow(tr("Places struck"), m_places);
    m_form->addRow(tr("Note"), m_note);
    m_fields.insert(u"name"_s, m_name);
    m_fields.insert(u"kind"_s, m_kind);
    m_fields.insert(u"declaredOn"_s, m_on->editor());
    m_fields.insert(u"places"_s, m_places);
    m_fields.insert(u"note"_s, m_note);
    finishLayout();
}

Status DeclareEventDialog::save()
{
    QList<QByteArray> places;
    for (int i = 0; i < m_places->count(); ++i)
        if (m_places->item(i)->checkState() == Qt::Checked)
            places << m_places->item(i)->data(Qt::UserRole).toByteArray();
    auto id = Crisis(m_db).declare(m_session, m_name->text(), m_kind->currentData().toString(), m_on->date(), places,
                                   m_note->toPlainText());
    if (id)
        m_saved = id.value();
    return id ? Status() : Status(id.error());
}

AssistanceDialog::AssistanceDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                   const QByteArray &eventId, const casework::CrisisHousehold &household, QWidget *parent)
    : FormDialog(tr("Record emergency assistance"), tr("Save"), parent), m_db(db), m_session(session),
      m_eventId(eventId), m_householdId(household.id),
      m_kind(choiceCombo(Crisis::assistanceKinds(), u"kind"_s, tr("Choose the assistance"), this)),
      m_amount(new QDoubleSpinBox(this)), m_currency(new QLineEdit(this)), m_on(new DateField(settings, this)),
      m_note(new QLineEdit(this))
{
    setObjectName(u"assistanceDialog"_s);
    m_amount->setObjectName(u"amount"_s);
    m_amount->setRange(0, 1e9);
    m_amount->setDecimals(2);
    m_amount->setSpecialValueText(tr("No amount (in kind)"));
    m_currency->setObjectName(u"currency"_s);
    m_currency->setMaxLength(3);
    auto rule = registry::IncomeService(db).eligibility(household.id);
    m_currency->setText(rule ? rule.value().currency : QString());
    m_on->setObjectName(u"givenOn"_s);
    m_on->setDate(QDate::currentDate());
    m_note->setObjectName(u"note"_s);
    m_form->addRow(new QLabel(tr("%1 — %2").arg(Display::ltr(household.fileNumber), household.headName), this));
    m_form->addRow(tr("Assistance"), m_kind);
    m_form->addRow(tr("Amount"), m_amount);
    m_form->addRow(tr("Currency"), m_currency);
    m_form->addRow(tr("Given on"), m_on);
    m_form->addRow(tr("Note"), m_note);
    m_fields.insert(u"kind"_s, m_kind);
    m_fields.insert(u"amount"_s, m_amount);
    m_fields.insert(u"currency"_s, m_currency);
    m_fields.insert(u"givenOn"_s, m_on->editor());
    m_fields.insert(u"note"_s, m_note);
    finishLayout();
}

Status AssistanceDialog::save()
{
    casework::AssistanceData d;
    d.kind = m_kind->currentData().toString();
    if (m_amount->value() > 0)
        d.amount = m_amount->value();
    d.currency = m_currency->text();
    d.givenOn = m_on->date();
    d.note = m_note->text();
    auto id = Crisis(m_db).assist(m_session, m_eventId, m_householdId, d);
    return id ? Status() : Status(id.error());
}

PlacesBox::PlacesBox(storage::Database &db, const security::Session &session, MessageBanner *banner, QWidget *parent)
    : QGroupBox(tr("Place list, for crisis events"), parent), m_db(db), m_session(session), m_banner(banner),
      m_tree(new QTreeWidget(this)), m_kind(choiceCombo(Crisis::placeKinds(), u"placeKind"_s, tr("Kind of place"), this)),
      m_name(new QLineEdit(this))
{
    setObjectName(u"placesBox"_s);
    m_tree->setObjectName(u"placeTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setMaximumHeight(180);
    m_name->setObjectName(u"placeName"_s);
    m_name->setPlaceholderText(tr("Name; a city goes inside the region chosen above, a district inside the city"));
    auto *add = new QPushButton(tr("Add the place"), this);
    add->setObjectName(u"addPlace"_s);
    connect(add, &QPushButton::clicked, this, &PlacesBox::add);
    auto *row = new QHBoxLayout;
    row->addWidget(m_kind);
    row->addWidget(m_name, 1);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addLayout(row);
    reload();
}

void PlacesBox::reload()
{
    m_tree->clear();
    auto places = Crisis(m_db).places();
    if (!places) {
        m_banner->showError(places.error().message);
        return;
    }
    QHash<QByteArray, QTreeWidgetItem *> items;
    for (const casework::Place &p : places.value()) { // parents come before their children
        QTreeWidgetItem *up = items.value(p.parentId);
        auto *item = up ? new QTreeWidgetItem(up) : new QTreeWidgetItem(m_tree);
        item->setText(0, p.name);
        item->setData(0, Qt::UserRole, p.id);
        item->setData(0, Qt::UserRole + 1, p.kind);
        items.insert(p.id, item);
    }
    m_tree->expandAll();
}

bool PlacesBox::add()
{
    const QString kind = m_kind->currentData().toString();
    // Inside the region (for a city) or the city (for a district) at or above the place chosen.
    const QString parentKind = kind == u"city" ? u"region"_s : kind == u"district" ? u"city"_s : QString();
    const QTreeWidgetItem *chosen = m_tree->currentItem();
    while (chosen && !parentKind.isEmpty() && chosen->data(0, Qt::UserRole + 1).toString() != parentKind)
        chosen = chosen->parent();
    const QByteArray parent = parentKind.isEmpty() || !chosen ? QByteArray() : chosen->data(0, Qt::UserRole).toByteArray();
    const QByteArray keep = m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toByteArray() : QByteArray();
    auto id = Crisis(m_db).addPlace(m_session, kind, m_name->text(), parent);
    if (!id) {
        m_banner->showError(id.error().message);
        return false;
    }
    m_banner->showSuccess(tr("The place was added."));
    m_name->clear();
    reload();
    // The place chosen stays chosen, to add its next neighbour.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toByteArray() == keep)
            m_tree->setCurrentItem(*it);
    return true;
}

} // namespace tamkeen::ui
