#include "widgets/ButtonStyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionButton>
#include <algorithm>

namespace tamkeen::ui {

void ButtonStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const
{
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    if (element != CE_PushButtonLabel || !button || button->direction != Qt::RightToLeft || button->icon.isNull()
        || button->text.isEmpty() || button->features & QStyleOptionButton::HasMenu) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    // As QPushButton::sizeHint() measures it: icon, 4 pixels, text.
    constexpr int kSpacing = 4;
    int flags = Qt::AlignVCenter | Qt::AlignHCenter | Qt::TextShowMnemonic;
    if (!proxy()->styleHint(SH_UnderlineShortcut, button, widget))
        flags |= Qt::TextHideMnemonic;
    const QRect area = button->rect; // the contents, as CE_PushButton passes them on
    const int textWidth = button->fontMetrics.size(Qt::TextShowMnemonic, button->text).width();
    const QSize icon = button->iconSize;
    const int labelWidth = icon.width() + kSpacing + textWidth;
    const int left = area.x() + std::max(0, (area.width() - labelWidth) / 2);
    QRect textRect(left, area.y(), std::min(textWidth, area.width() - icon.width() - kSpacing), area.height());
    QRect iconRect(textRect.right() + 1 + kSpacing, area.y() + (area.height() - icon.height()) / 2, icon.width(),
                   icon.height());
    if (button->state & (State_On | State_Sunken)) {
        const QPoint shift(proxy()->pixelMetric(PM_ButtonShiftHorizontal, button, widget),
                           proxy()->pixelMetric(PM_ButtonShiftVertical, button, widget));
        textRect.translate(shift);
        iconRect.translate(shift);
    }
    QIcon::Mode mode = button->state & State_Enabled ? QIcon::Normal : QIcon::Disabled;
    if (mode == QIcon::Normal && button->state & State_HasFocus)
        mode = QIcon::Active;
    button->icon.paint(painter, iconRect, Qt::AlignCenter, mode, button->state & State_On ? QIcon::On : QIcon::Off);
    proxy()->drawItemText(painter, textRect, flags, button->palette, button->state & State_Enabled, button->text,
                          QPalette::ButtonText);
}

void installStyle()
{
    QApplication::setStyle(new ButtonStyle);
}

} // namespace tamkeen::ui
