#pragma once
// Erasing a person's data (issue 15 §6), for administrators: the whole
// household or one member, a reason, and a box to tick that says it cannot be
// undone. registry::Erasure does it (and checks the role again).
#include "common/Result.h"
#include "registry/Records.h"
#include "security/Session.h"
#include "widgets/GuardedDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QThread;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class MessageBanner;

class EraseDialog : public GuardedDialog {
    Q_OBJECT
public:
    EraseDialog(storage::Database &db, const security::Session &session, const QByteArray &householdId,
                const QList<registry::Member> &members, QWidget *parent = nullptr);

    QComboBox *targetCombo() const { return m_target; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QCheckBox *understoodBox() const { return m_understood; }
    QPushButton *eraseButton() const { return m_erase; }
    bool isErasing() const { return m_worker != nullptr; }
    ~EraseDialog() override; // waits for an erasure under way
    void reject() override;  // not while erasing

signals:
    void erased();

private:
    void erase();
    void finish(const Result<QByteArray> &done);

    storage::Database &m_db;
    security::Session m_session;
    QByteArray m_household;
    MessageBanner *m_banner;
    QComboBox *m_target;
    QLineEdit *m_reason;
    QCheckBox *m_understood;
    QPushButton *m_erase;
    QThread *m_worker = nullptr; // the erasure under way, on a connection of its own
};

} // namespace tamkeen::ui
