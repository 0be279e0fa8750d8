#include "visits/ChecklistBox.h"

#include "visits/VisitChecklist.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::visits::ChecklistItem;
using tamkeen::visits::ItemKind;
using tamkeen::visits::VisitChecklist;

namespace tamkeen::ui {

ChecklistBox::ChecklistBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                           QWidget *parent)
    : QGroupBox(tr("Home-visit checklist, for the whole organisation"), parent), m_db(db), m_session(session),
      m_banner(banner), m_list(new QListWidget(this)), m_label(new QLineEdit(this)), m_kind(new QComboBox(this))
{
    setObjectName(u"checklistBox"_s);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("What every field worker looks at and answers in a home visit, in this order."), this);
    about->setWordWrap(true);
    layout->addWidget(about);
    m_list->setObjectName(u"checklistItems"_s);
    m_list->setMaximumHeight(150);
    layout->addWidget(m_list);
    m_label->setObjectName(u"itemLabel"_s);
    m_label->setPlaceholderText(tr("A question, such as: the children have their vaccination cards"));
    m_kind->setObjectName(u"itemKind"_s);
    for (ItemKind k : {ItemKind::YesNo, ItemKind::Rating, ItemKind::Text})
        m_kind->addItem(VisitChecklist::kindLabel(k), VisitChecklist::kindKey(k));
    auto *add = new QPushButton(tr("Add the question"), this);
    add->setObjectName(u"addItem"_s);
    auto *rename = new QPushButton(tr("Rename the selected one"), this);
    rename->setObjectName(u"renameItem"_s);
    auto *archive = new QPushButton(tr("Archive the selected one"), this);
    archive->setObjectName(u"archiveItem"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_label, 1);
    row->addWidget(m_kind);
    layout->addLayout(row);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(rename);
    buttons->addWidget(archive);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ChecklistBox::add);
    connect(rename, &QPushButton::clicked, this, &ChecklistBox::renameSelected);
    connect(archive, &QPushButton::clicked, this, &ChecklistBox::archiveSelected);
    // Renaming starts from the words of the question chosen.
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_list->item(row)) {
            m_label->setText(item->data(Qt::UserRole + 1).toString());
            m_kind->setCurrentIndex(m_kind->findData(item->data(Qt::UserRole + 2)));
        }
    });
    reload();
}

void ChecklistBox::reload()
{
    m_list->clear();
    auto items = VisitChecklist(m_db).items();
    if (!items) {
        m_banner->showError(items.error().message);
        return;
    }
    for (const ChecklistItem &i : items.value()) {
        auto *row = new QListWidgetItem(tr("%1 (%2)").arg(i.label, VisitChecklist::kindLabel(i.kind)), m_list);
        row->setData(Qt::UserRole, i.key);
        row->setData(Qt::UserRole + 1, i.label);
        row->setData(Qt::UserRole + 2, VisitChecklist::kindKey(i.kind));
    }
}

bool ChecklistBox::add()
{
    ChecklistItem item;
    item.label = m_label->text();
    item.kind = VisitChecklist::kindFromKey(m_kind->currentData().toString()).value_or(ItemKind::YesNo);
    auto saved = VisitChecklist(m_db).save(m_session, item);
    if (!saved) {
        m_banner->showError(saved.error().message);
        m_label->setFocus();
        return false;
    }
    m_banner->showSuccess(tr("The question was added to the checklist."));
    m_label->clear();
    reload();
    return true;
}

bool ChecklistBox::renameSelected()
{
    QListWidgetItem *row = m_list->currentItem();
    if (!row) {
        m_banner->showInfo(tr("Choose a question in the list first."));
        return false;
    }
    auto items = VisitChecklist(m_db).items();
    for (ChecklistItem item : items ? items.value() : QList<ChecklistItem>()) {
        if (item.key != row->data(Qt::UserRole).toString())
            continue;
        item.label = m_label->text();
        auto saved = VisitChecklist(m_db).save(m_session, item);
        if (!saved) {
            m_banner->showError(saved.error().message);
            return false;
        }
        m_banner->showSuccess(tr("The question was renamed."));
        reload();
        return true;
    }
    m_banner->showError(tr("This question is no longer in the checklist."));
    return false;
}

bool ChecklistBox::archiveSelected()
{
    QListWidgetItem *row = m_list->currentItem();
    if (!row) {
        m_banner->showInfo(tr("Choose a question in the list first."));
        return false;
    }
    if (Status s = VisitChecklist(m_db).archive(m_session, row->data(Qt::UserRole).toString()); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(tr("The question is no longer asked; visits that answered it keep their answer."));
    m_label->clear();
    reload();
    return true;
}

} // namespace tamkeen::ui
