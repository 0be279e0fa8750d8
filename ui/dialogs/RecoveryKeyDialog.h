#pragma once
// The organisation's recovery key, shown once after setup (docs/encryption.md):
// printable, and the window does not close until the administrator says they
// have kept it.
#include "format/PdfDocument.h"
#include "org/DeviceInfo.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;

class RecoveryKeyDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryKeyDialog(const QString &key, const org::DeviceInfo &centre, const AppSettings &settings,
                      QWidget *parent = nullptr);

    QCheckBox *keptBox() const { return m_kept; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *printButton() const { return m_print; }
    // The page to print: the letterhead, what the key is for, the key.
    static PrintedDocument sheet(const QString &key, const org::DeviceInfo &centre);

    void reject() override; // Escape does not lose the key unseen: only Continue closes

private:
    QString m_key;
    MessageBanner *m_banner;
    QCheckBox *m_kept;
    QPushButton *m_continue;
    QPushButton *m_print;
};

} // namespace tamkeen::ui
