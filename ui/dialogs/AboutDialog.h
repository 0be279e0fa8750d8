#pragma once
#include <QDialog>

namespace tamkeen::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace tamkeen::ui
