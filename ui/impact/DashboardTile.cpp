#include "impact/DashboardTile.h"

#include "widgets/Sparkline.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

DashboardTile::DashboardTile(const QString &title, const QString &objectName, QWidget *parent)
    : QFrame(parent), m_value(new QPushButton(this)), m_details(new QWidget(this)),
      m_detailsLayout(new QVBoxLayout(m_details)), m_change(new QLabel(this)), m_trend(new Sparkline(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    auto *name = new QLabel(title, this);
    name->setWordWrap(true);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    m_value->setFlat(true);
    m_value->setCursor(Qt::PointingHandCursor);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setToolTip(tr("Show the families behind this number"));
    connect(m_value, &QPushButton::clicked, this, [this] {
        emit drillDown(m_valueNumber.what, m_valueNumber.figure);
    });
    m_detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsLayout->setSpacing(2);
    m_change->setObjectName(u"tileChange"_s);
    m_change->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(name);
    m_trend->setObjectName(u"tileTrend"_s);
    m_trend->hide();
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 0, Qt::AlignLeading);
    valueRow->addStretch(1);
    valueRow->addWidget(m_trend, 0, Qt::AlignVCenter);
    layout->addLayout(valueRow);
    layout->addWidget(m_details);
    layout->addWidget(m_change);
    layout->addStretch(1);
}

QPushButton *DashboardTile::numberButton(const TileNumber &number, QWidget *parent)
{
    auto *button = new QPushButton(number.text, parent);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setToolTip(tr("Show the families behind this number"));
    connect(button, &QPushButton::clicked, this, [this, number] { emit drillDown(number.what, number.figure); });
    return button;
}

void DashboardTile::setValue(const TileNumber &value)
{
    m_valueNumber = value;
    m_value->setText(value.text);
}

void DashboardTile::setDetails(const QList<TileNumber> &details)
{
    while (QLayoutItem *item = m_detailsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_detailButtons.clear();
    for (const TileNumber &number : details) {
        QPushButton *button = numberButton(number, m_details);
        m_detailButtons << button;
        m_detailsLayout->addWidget(button, 0, Qt::AlignLeading);
    }
}

void DashboardTile::setChange(const QString &change)
{
    m_change->setText(change);
}

void DashboardTile::setTrend(const QList<qint64> &values, const QString &about)
{
    m_trend->setValues(values);
    m_trend->setToolTip(about);
    m_trend->setAccessibleName(about);
}

} // namespace tamkeen::ui
