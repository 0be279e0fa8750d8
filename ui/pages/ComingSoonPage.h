#pragma once
#include <QWidget>

namespace tamkeen::ui {

// A section the product will have but that is not built yet.
class ComingSoonPage : public QWidget {
    Q_OBJECT
public:
    ComingSoonPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace tamkeen::ui
