#pragma once
// Registering a household with its head, and adding or editing a member. A save
// that core refuses keeps the dialog open with the message and everything typed;
// a possible duplicate is shown with what matched, to open it or continue anyway.
#include "common/Result.h"
#include "registry/MemberService.h"

#include "widgets/GuardedDialog.h"

#include <QDialog>
#include <functional>

namespace tamkeen::ui {

class AppSettings;
class HouseholdForm;
class MemberForm;
class MessageBanner;

// Lists possible duplicates; the user opens one or continues.
class DuplicateDialog : public QDialog {
    Q_OBJECT
public:
    DuplicateDialog(const QList<registry::DuplicateCandidate> &candidates, QWidget *parent = nullptr);

signals:
    void openHousehold(const QByteArray &householdId);
};

// Shared save logic: try, and on "possible duplicate" ask, then retry with the
// acknowledged candidates.
class RegistryDialog : public GuardedDialog {
    Q_OBJECT
public:
    using Candidates = std::function<Result<QList<registry::DuplicateCandidate>>()>;
    MessageBanner *banner() const { return m_banner; }
    QDialog *duplicateDialog() const { return m_duplicates; }

signals:
    void openHousehold(const QByteArray &householdId);

protected:
    explicit RegistryDialog(QWidget *parent);
    // `save(acknowledged)` writes; `focus(field)` focuses the named input.
    // `confirm`, when given, is called after the user confirms what core asked
    // to be confirmed (ErrorCode::NeedsConfirmation).
    void trySave(const std::function<Status(const QList<QByteArray> &)> &save, const Candidates &candidates,
                 const std::function<void(const QString &)> &focus, const std::function<void()> &confirm = {});
    // Shows the refusal of a choice the form requires; true when there was one.
    bool refuseMissing(const std::optional<Error> &missing, const std::function<void(const QString &)> &focus);
    MessageBanner *m_banner;

private:
    QDialog *m_duplicates = nullptr;
};

class NewHouseholdDialog : public RegistryDialog {
    Q_OBJECT
public:
    using Save = std::function<Result<QByteArray>(const registry::HouseholdData &, const registry::MemberData &,
                                                  const QList<QByteArray> &, bool youngHeadConfirmed)>;
    NewHouseholdDialog(const AppSettings &settings, const QStringList &regions,
                       const QList<QPair<QByteArray, QString>> &workers, Save save, registry::MemberService &members,
                       QWidget *parent = nullptr);
    HouseholdForm *householdForm() const { return m_household; }
    MemberForm *headForm() const { return m_head; }

signals:
    void created(const QByteArray &householdId);

private:
    void submit(bool youngHeadConfirmed = false);
    Save m_save;
    registry::MemberService &m_members;
    HouseholdForm *m_household;
    MemberForm *m_head;
};

class MemberDialog : public RegistryDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const registry::MemberData &, const QList<QByteArray> &)>;
    MemberDialog(const AppSettings &settings, const QString &title, Save save, registry::MemberService &members,
                 const QByteArray &memberId = {}, QWidget *parent = nullptr);
    MemberForm *form() const { return m_form; }

private:
    void submit();
    Save m_save;
    registry::MemberService &m_members;
    QByteArray m_memberId;
    MemberForm *m_form;
};

} // namespace tamkeen::ui
