#include "pages/SettingsPage.h"

#include "format/AppSettings.h"
#include "registry/IncomeService.h"
#include "security/Session.h"
#include "format/Display.h"
#include "widgets/DateField.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

SettingsPage::SettingsPage(AppSettings &settings, const QString &currentDatabase, registry::IncomeService *incomes,
                           const security::Session *session, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_banner(new MessageBanner(this)), m_language(new QComboBox(this)),
      m_digits(new QComboBox(this)), m_calendar(new QComboBox(this)), m_database(new QLineEdit(this)),
      m_sample(new DateField(settings, this)), m_incomes(incomes), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Settings"), this));
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(u"العربية"_s, u"ar"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(settings.language() == u"en" ? 1 : 0);
    form->addRow(tr("Language"), m_language);

    m_digits->addItem(tr("Arabic-Indic digits (%1)").arg(u"١٢٣"_s), int(text::DigitStyle::ArabicIndic));
    m_digits->addItem(tr("Latin digits (%1)").arg(u"123"_s), int(text::DigitStyle::Latin));
    m_digits->setCurrentIndex(settings.digitStyle() == text::DigitStyle::ArabicIndic ? 0 : 1);
    form->addRow(tr("Digits"), m_digits);

    m_calendar->addItem(tr("Gregorian"), false);
    m_calendar->addItem(tr("Gregorian with Hijri (Umm al-Qura) beside it"), true);
    m_calendar->setCurrentIndex(settings.showHijri() ? 1 : 0);
    form->addRow(tr("Calendar"), m_calendar);
    form->addRow(tr("Dates look like this"), m_sample);

    auto *dbRow = new QHBoxLayout;
    m_database->setReadOnly(true);
    m_database->setLayoutDirection(Qt::LeftToRight);
    m_database->setText(QDir::toNativeSeparators(currentDatabase));
    auto *choose = new QPushButton(tr("Choose…"), this);
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(choose);
    form->addRow(tr("Database file"), dbRow);
    auto *lockAfter = new QSpinBox(this);
    lockAfter->setObjectName(u"lockAfterMinutes"_s);
    lockAfter->setRange(1, 60);
    lockAfter->setValue(settings.lockAfterMinutes());
    lockAfter->setSuffix(tr(" min"));
    form->addRow(tr("Lock the screen when idle for"), lockAfter);
    connect(lockAfter, &QSpinBox::valueChanged, this, [this](int minutes) { m_settings.setLockAfterMinutes(minutes); });
    layout->addLayout(form);
    if (m_incomes && m_session && m_session->isAdministrator()) {
        auto rule = m_incomes->rule();
        auto *box = new QGroupBox(tr("Eligibility rule (income threshold) for the whole organisation"), this);
        auto *ruleForm = new QFormLayout(box);
        auto *head = new QDoubleSpinBox(box);
        auto *perMember = new QDoubleSpinBox(box);
        for (QDoubleSpinBox *s : {head, perMember}) {
            s->setRange(0, 1e7);
            s->setDecimals(0);
        }
        head->setObjectName(u"ruleHead"_s);
        perMember->setObjectName(u"rulePerMember"_s);
        auto *currency = new QLineEdit(box);
        currency->setObjectName(u"ruleCurrency"_s);
        currency->setMaxLength(3);
        currency->setLayoutDirection(Qt::LeftToRight);
        if (rule) {
            head->setValue(rule.value().headAmount);
            perMember->setValue(rule.value().perMemberAmount);
            currency->setText(rule.value().currency);
        }
        auto *save = new QPushButton(tr("Save the rule"), box);
        save->setObjectName(u"saveRule"_s);
        ruleForm->addRow(tr("Monthly amount for the head"), head);
        ruleForm->addRow(tr("For each other member"), perMember);
        ruleForm->addRow(tr("Currency"), currency);
        ruleForm->addRow(QString(), save);
        layout->addWidget(box);
        connect(save, &QPushButton::clicked, this,
                [this, head, perMember, currency] { saveRule(head->value(), perMember->value(), currency->text()); });
    }
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setLanguage(m_language->currentData().toString());
        m_banner->showInfo(tr("The new language is used from the next start of Tamkeen."));
    });
    connect(m_digits, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setDigitStyle(text::DigitStyle(m_digits->currentData().toInt())); });
    connect(m_calendar, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setShowHijri(m_calendar->currentData().toBool()); });
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_database->text(),
                                                          tr("Tamkeen database (*.sqlite)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            chooseDatabase(path);
    });
}

void SettingsPage::addBox(QWidget *box)
{
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->insertWidget(column->count() - 1, box); // above the final stretch
}

bool SettingsPage::saveRule(double head, double perMember, const QString &currency)
{
    if (!m_incomes || !m_session)
        return false;
    setCursor(Qt::WaitCursor);
    const Status s = m_incomes->setRule(*m_session, {head, perMember, currency});
    unsetCursor();
    if (!s)
        m_banner->showError(s.error().message);
    else
        m_banner->showSuccess(tr("The eligibility rule was saved; every household's eligibility was recalculated."));
    return s.ok();
}

void SettingsPage::chooseDatabase(const QString &path)
{
    m_settings.setDatabasePath(path);
    m_database->setText(QDir::toNativeSeparators(path));
    m_banner->showInfo(tr("Tamkeen will open this database at its next start. An existing Tamkeen file is opened; "
                          "a new name creates a new database."));
}

} // namespace tamkeen::ui
