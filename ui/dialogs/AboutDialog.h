#pragma once
#include "text/Digits.h"

#include <QDialog>

namespace tamkeen::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString &databasePath, text::DigitStyle digits, QWidget *parent = nullptr);
};

} // namespace tamkeen::ui
