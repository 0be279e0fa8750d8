#include "registry/MemberDialogs.h"

#include "registry/Forms.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {
QDialogButtonBox *saveButtons(GuardedDialog *dialog, const QString &text)
{
    auto *box = new QDialogButtonBox(dialog);
    QPushButton *save = box->addButton(text, QDialogButtonBox::AcceptRole);
    save->setObjectName(u"submit"_s);
    dialog->setSaveButton(save);
    box->addButton(QDialogButtonBox::Cancel);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}
} // namespace

DuplicateDialog::DuplicateDialog(const QList<registry::DuplicateCandidate> &candidates, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Possible duplicate"));
    setObjectName(u"duplicateDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These registered people resemble the one you are saving. Open one to check, or "
                                "continue if they are different people."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QTreeWidget(this);
    list->setHeaderLabels({tr("File number"), tr("Name"), tr("What matches")});
    list->setRootIsDecorated(false);
    for (const registry::DuplicateCandidate &c : candidates) {
        auto *item = new QTreeWidgetItem(list, {c.fileNumber, c.name, c.matched.join(u"، "_s)});
        item->setData(0, Qt::UserRole, c.householdId);
    }
    list->resizeColumnToContents(0);
    list->resizeColumnToContents(1);
    layout->addWidget(list);
    auto *box = new QDialogButtonBox(this);
    QPushButton *open = box->addButton(tr("Open the selected household"), QDialogButtonBox::ActionRole);
    QPushButton *proceed = box->addButton(tr("Continue: they are different people"), QDialogButtonBox::AcceptRole);
    proceed->setObjectName(u"continue"_s);
    box->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this, list] {
        if (QTreeWidgetItem *item = list->currentItem() ? list->currentItem() : list->topLevelItem(0)) {
            emit openHousehold(item->data(0, Qt::UserRole).toByteArray());
            reject();
        }
    });
    rememberGeometry(this, QSize(620, 300));
}

RegistryDialog::RegistryDialog(QWidget *parent) : GuardedDialog(parent), m_banner(new MessageBanner(this)) {}

void RegistryDialog::trySave(const std::function<Status(const QList<QByteArray> &)> &save, const Candidates &candidates,
                             const std::function<void(const QString &)> &focus, const std::function<void()> &confirm)
{
    setCursor(Qt::WaitCursor);
    const Status s = save({});
    unsetCursor();
    if (s) {
        accept();
        return;
    }
    const Error e = s.error();
    m_banner->showError(e.message);
    focus(e.field);
    if (e.code == ErrorCode::NeedsConfirmation && confirm) {
        auto *box = new QMessageBox(QMessageBox::Question, windowTitle(), e.message, QMessageBox::NoButton, this);
        box->setObjectName(u"confirmQuestion"_s);
        QPushButton *yes = box->addButton(tr("Yes, it is correct"), QMessageBox::AcceptRole);
        yes->setObjectName(u"confirm"_s);
        box->setDefaultButton(box->addButton(tr("Correct it"), QMessageBox::RejectRole));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [yes, confirm](QAbstractButton *clicked) {
            if (clicked == yes)
                confirm();
        });
        box->open();
        return;
    }
    if (e.code == ErrorCode::Conflict && !e.subject.isEmpty()) {
        emit openHousehold(e.subject); // the household that already has this ID
        return;
    }
    if (e.code != ErrorCode::PossibleDuplicate)
        return;
    auto found = candidates();
    if (!found || found.value().isEmpty())
        return;
    QList<QByteArray> ids;
    for (const registry::DuplicateCandidate &c : found.value())
        ids << c.memberId;
    auto *dialog = new DuplicateDialog(found.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_duplicates = dialog;
    connect(dialog, &DuplicateDialog::openHousehold, this, &RegistryDialog::openHousehold);
    connect(dialog, &QDialog::accepted, this, [this, save, ids, focus] {
        const Status again = save(ids);
        if (again) {
            accept();
        } else {
            m_banner->showError(again.error().message);
            focus(again.error().field);
        }
    });
    dialog->open();
}

bool RegistryDialog::refuseMissing(const std::optional<Error> &missing, const std::function<void(const QString &)> &focus)
{
    if (!missing)
        return false;
    m_banner->showError(missing->message);
    focus(missing->field);
    return true;
}

NewHouseholdDialog::NewHouseholdDialog(const AppSettings &settings, const QStringList &regions,
                                       const QList<QPair<QByteArray, QString>> &workers, Save save,
                                       registry::MemberService &members, QWidget *parent)
    : RegistryDialog(parent), m_save(std::move(save)), m_members(members),
      m_household(new HouseholdForm(settings, regions, workers, this)), m_head(new MemberForm(settings, true, this))
{
    setWindowTitle(tr("Register a household"));
    setObjectName(u"newHouseholdDialog"_s);
    auto *inner = new QWidget(this);
    auto *innerLayout = new QVBoxLayout(inner);
    auto *householdTitle = new QLabel(tr("The household"), inner);
    auto *headTitle = new QLabel(tr("Head of household"), inner);
    for (QLabel *l : {householdTitle, headTitle}) {
        QFont f = l->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.2);
        l->setFont(f);
    }
    innerLayout->addWidget(householdTitle);
    innerLayout->addWidget(m_household);
    innerLayout->addWidget(headTitle);
    innerLayout->addWidget(m_head);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    auto *buttons = saveButtons(this, tr("Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    layout->addWidget(buttons);
    rememberGeometry(this, QSize(980, 660));
    followLayoutOrder(this);
}

void NewHouseholdDialog::submit(bool youngHeadConfirmed)
{
    if (refuseMissing(m_head->missingChoice(), [this](const QString &field) { m_head->focusField(field); }))
        return;
    const registry::HouseholdData household = m_household->data();
    const registry::MemberData head = m_head->data();
    trySave(
        [this, household, head, youngHeadConfirmed](const QList<QByteArray> &ack) -> Status {
            auto id = m_save(household, head, ack, youngHeadConfirmed);
            if (!id)
                return id.error();
            emit created(id.value());
            return {};
        },
        [this, head] { return m_members.similar(head); },
        [this](const QString &field) {
            if (!m_household->focusField(field))
                m_head->focusField(field);
        },
        [this] { submit(true); });
}

MemberDialog::MemberDialog(const AppSettings &settings, const QString &title, Save save, registry::MemberService &members,
                           const QByteArray &memberId, QWidget *parent)
    : RegistryDialog(parent), m_save(std::move(save)), m_members(members), m_memberId(memberId),
      m_form(new MemberForm(settings, false, this))
{
    setWindowTitle(title);
    setObjectName(u"memberDialog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_form, 1);
    auto *buttons = saveButtons(this, tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberDialog::submit);
    layout->addWidget(buttons);
    rememberGeometry(this, QSize(860, 480));
    followLayoutOrder(this);
}

void MemberDialog::submit()
{
    if (refuseMissing(m_form->missingChoice(), [this](const QString &field) { m_form->focusField(field); }))
        return;
    const registry::MemberData data = m_form->data();
    trySave([this, data](const QList<QByteArray> &ack) { return m_save(data, ack); },
            [this, data] { return m_members.similar(data, m_memberId); },
            [this](const QString &field) { m_form->focusField(field); });
}

} // namespace tamkeen::ui
