#pragma once
// Short dialogs of the household file: recording an income, changing the status,
// and asking for a reason (archiving).
#include "common/Result.h"
#include "registry/Records.h"

#include "widgets/GuardedDialog.h"
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace tamkeen::ui {

class AppSettings;
class DateField;
class MessageBanner;

class IncomeDialog : public GuardedDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const registry::Income &)>;
    IncomeDialog(const AppSettings &settings, const QList<registry::Member> &members, const QByteArray &householdId,
                 Save save, QWidget *parent = nullptr);

private:
    Save m_save;
    QByteArray m_household;
    MessageBanner *m_banner;
    QComboBox *m_member, *m_source;
    QDoubleSpinBox *m_amount;
    DateField *m_date;
    QLineEdit *m_note;
};

class StatusDialog : public GuardedDialog {
    Q_OBJECT
public:
    // `why` is the key of the exit or re-entry reason when the new status is
    // "exited" or "reentered" (empty otherwise); `reason` is the free text.
    using Save = std::function<Status(const QString &status, const QDate &date, const QString &reason, const QString &why)>;
    StatusDialog(const AppSettings &settings, const QString &current, Save save, QWidget *parent = nullptr);

private:
    Save m_save;
    MessageBanner *m_banner;
    QComboBox *m_status;
    DateField *m_date;
    QLineEdit *m_reason;
    QComboBox *m_why;
};

class ReasonDialog : public GuardedDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const QString &reason)>;
    ReasonDialog(const QString &title, const QString &question, Save save, QWidget *parent = nullptr);

private:
    Save m_save;
    MessageBanner *m_banner;
    QLineEdit *m_reason;
};

} // namespace tamkeen::ui
