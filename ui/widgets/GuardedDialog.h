#pragma once
// A dialog whose save is weighty (a session, a registration, a plan, a booking…):
// - Enter typed in a field, a table or a list never accepts it: only a click on
//   its save button, Enter on a focused button, or Ctrl+S (setSaveButton) does.
// - Closing it (Escape, the window's close button, Cancel) while what is shown
//   differs from what was there when it opened asks first; "Keep editing"
//   keeps everything typed. The question is window-modal and asynchronous.
#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class QAbstractButton;


namespace tamkeen::ui {

class GuardedDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuardedDialog(QWidget *parent = nullptr);

    // The button that saves: Ctrl+S clicks it (when it is shown and enabled).
    void setSaveButton(QAbstractButton *button);
    // The input of this widget (and its children) is not a change worth asking
    // about, e.g. a search box.
    void ignoreChanges(QWidget *widget);
    // What is shown now counts as saved (after loading or saving in place).
    void markClean();
    bool hasUnsavedChanges() const;
    // The "discard the changes?" question while it is open, else nullptr.
    QMessageBox *discardQuestion() const { return m_question; }

    // Asks first when there are unsaved changes.
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QString state() const;

    QPointer<QAbstractButton> m_saveButton;
    QPointer<QMessageBox> m_question;
    QString m_clean;
    bool m_cleanTaken = false;
    bool m_discarding = false;
};

} // namespace tamkeen::ui
