#pragma once
// The application's style: the platform's own, with one repair for right-to-left
// push buttons that carry an icon (every Save, Cancel and Close of a dialog's
// button box on Linux). Qt 6.4 draws their text from the button's left edge,
// over the frame and away from the icon, so «إلغاء» shows cut; here the icon
// sits on the reading side and the text right beside it, centred together.
#include <QProxyStyle>

namespace tamkeen::ui {

class ButtonStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};

// Sets the style on the application; call once after QApplication is created.
void installStyle();

} // namespace tamkeen::ui
