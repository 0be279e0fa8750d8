#include "clinic/AssessmentDialog.h"

#include "clinic/AssessmentService.h"
#include "clinic/ClinicVocabulary.h"
#include "clinic/Scores.h"
#include "clinic/SessionDialog.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "registry/Forms.h"
#include "registry/HouseholdService.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using tamkeen::clinic::ClinicVocabulary;
using tamkeen::clinic::Scores;

namespace tamkeen::ui {

namespace {

const QStringList kKinds = {u"work_readiness"_s, u"economic"_s, u"wellbeing"_s, u"social"_s};

QTextEdit *textBox(const QString &name, const QString &hint, QWidget *parent)
{
    auto *e = new QTextEdit(parent);
    e->setObjectName(name);
    e->setAcceptRichText(false);
    e->setPlaceholderText(hint);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(60);
    return e;
}

// "One per line": the non-empty lines, as core counts them.
QJsonArray lines(const QTextEdit *e)
{
    QJsonArray out;
    for (const QString &line : e->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

QString joined(const QJsonArray &values)
{
    QStringList out;
    for (const QJsonValue &v : values)
        out << v.toString();
    return out.join(u'\n');
}

} // namespace

AssessmentDialog::AssessmentDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                   const QByteArray &memberId, const QByteArray &sessionId, const QString &kind,
                                   QWidget *parent)
    : GuardedDialog(parent), m_db(db), m_settings(settings), m_session(session), m_memberId(memberId),
      m_sessionId(sessionId), m_banner(new MessageBanner(this))
{
    setObjectName(u"assessmentDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_kind = termCombo(ClinicVocabulary::assessmentKinds(), false, this);
    m_kind->setObjectName(u"kind"_s);
    m_date = new DateField(settings, this);
    m_date->editor()->setObjectName(u"assessedOn"_s);
    m_member = new QLabel(this);
    m_member->setTextFormat(Qt::PlainText);
    m_fields.insert(u"kind"_s, m_kind);
    m_fields.insert(u"assessedOn"_s, m_date->editor());

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildReadiness());
    m_pages->addWidget(buildEconomic());
    m_pages->addWidget(buildWellbeing());
    m_pages->addWidget(buildSocial());
    auto *scroll = new QScrollArea(this);
    m_formArea = scroll;
    scroll->setWidget(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_notice = new QLabel(tr("Confidential: visible to counsellors and supervisors only"), this);
    m_notice->setObjectName(u"confidentialNotice"_s);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setStyleSheet(u"background:#fff4e5; color:#663c00; border:1px solid #ffd599; border-radius:4px; "
                            "padding:12px;"_s);
    m_notice->hide();

    m_score = new QLabel(this);
    m_score->setObjectName(u"score"_s);
    QFont big = m_score->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_score->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"scoreDetail"_s);
    m_detail->setWordWrap(true);
    auto *scoreBox = new QGroupBox(tr("Score"), this);
    m_scoreBox = scoreBox;
    auto *scoreLayout = new QVBoxLayout(scoreBox);
    scoreLayout->addWidget(m_score);
    scoreLayout->addWidget(m_detail);

    auto *head = new QFormLayout;
    head->addRow(tr("Family member"), m_member);
    head->addRow(tr("Kind of assessment"), m_kind);
    head->addRow(tr("Assessed on"), m_date);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save the assessment"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"submit"_s);
    setSaveButton(m_save);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &AssessmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(head);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_notice);
    layout->addWidget(scoreBox);
    layout->addStretch(1); // below a short form, not between it and its score
    layout->addWidget(buttons);
    scoreBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // The form area is as tall as the shown form (a short one leaves no gap above
    // the score), and scrolls when that is taller than the dialog.
    const auto fitForm = [this, scroll](int shown) {
        for (int i = 0; i < m_pages->count(); ++i)
            m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                              i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        scroll->setMaximumHeight(m_pages->widget(shown)->sizeHint().height() + 2 * scroll->frameWidth());
    };
    connect(m_pages, &QStackedWidget::currentChanged, this, fitForm);

    registry::HouseholdService households(db);
    if (auto member = households.members().member(memberId)) {
        auto household = households.household(member.value().householdId);
        const QString name = member.value().fullName();
        m_member->setText(household ? tr("%1 — file %2").arg(name, Display::ltr(household.value().fileNumber)) : name);
        setWindowTitle(tr("Assessment — %1").arg(name));
    } else {
        m_banner->showError(member.error().message);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_pages->setCurrentIndex(i);
        updateScore();
    });
    setKind(kind.isEmpty() ? kKinds.first() : kind);
    fitForm(m_pages->currentIndex());
    updateScore();
    if (!clinic::mayCounsel(session)) {
        m_banner->showInfo(tr("Only counsellors and supervisors record assessments."));
        m_save->setEnabled(false);
    }
    rememberGeometry(this, QSize(860, 660));
    followLayoutOrder(this);
}

AssessmentDialog *AssessmentDialog::openExisting(storage::Database &db, const AppSettings &settings,
                                                 const security::Session &session, const QByteArray &memberId,
                                                 const QByteArray &assessmentId, QWidget *parent)
{
    auto *d = new AssessmentDialog(db, settings, session, memberId, {}, {}, parent);
    d->setReadOnly();
    clinic::AssessmentService service(db);
    std::optional<clinic::Assessment> found;
    for (const QString &kind : kKinds) {
        auto history = service.history(session, memberId, kind);
        for (const clinic::Assessment &a : history ? history.value() : QList<clinic::Assessment>())
            if (a.id == assessmentId)
                found = a;
    }
    if (!found) {
        d->m_banner->showError(tr("This assessment no longer exists."));
    } else {
        d->setKind(found->kind);
        d->m_date->setDate(found->assessedOn);
        if (found->withheld) {
            d->m_formArea->hide();
            d->m_scoreBox->hide();
            d->m_notice->show();
        } else {
            d->setData(found->data);
        }
    }
    d->show();
    return d;
}

QDoubleSpinBox *AssessmentDialog::amount(const QString &name)
{
    auto *box = new QDoubleSpinBox(this);
    box->setObjectName(name);
    box->setRange(0, 1e10);
    box->setDecimals(2);
    box->setGroupSeparatorShown(true);
    SessionDialog::useDigitStyle(box, m_settings);
    connect(box, &QDoubleSpinBox::valueChanged, this, &AssessmentDialog::updateScore);
    m_fields.insert(name, box);
    return box;
}

QWidget *AssessmentDialog::buildReadiness()
{
    auto *page = new QWidget(this);
    m_skills = textBox(u"skills"_s, tr("One skill per line, e.g. sewing"), page);
    m_qualifications = textBox(u"qualifications"_s, tr("One certificate or course per line"), page);
    m_years = new QSpinBox(page);
    m_years->setObjectName(u"experienceYears"_s);
    m_years->setRange(0, 60);
    SessionDialog::useDigitStyle(m_years, m_settings);
    m_desired = new QLineEdit(page);
    m_desired->setObjectName(u"desiredField"_s);
    m_desired->setPlaceholderText(tr("e.g. retail, sewing, driving"));
    m_able = new QCheckBox(tr("Able to work"), page);
    m_able->setObjectName(u"ableToWork"_s);
    auto *barriers = new QGroupBox(tr("Barriers to work"), page);
    auto *grid = new QGridLayout(barriers);
    const QList<registry::Term> terms = ClinicVocabulary::barriers();
    for (int i = 0; i < terms.size(); ++i) {
        auto *box = new QCheckBox(terms[i].label, barriers);
        box->setObjectName(u"barrier_"_s + terms[i].key);
        box->setProperty("key", terms[i].key);
        connect(box, &QCheckBox::toggled, this, &AssessmentDialog::updateScore);
        grid->addWidget(box, i / 4, i % 4);
        m_barriers << box;
    }
    m_fields.insert(u"barriers"_s, m_barriers.value(0));
    m_fields.insert(u"experienceYears"_s, m_years);
    for (QTextEdit *e : {m_skills, m_qualifications})
        connect(e, &QTextEdit::textChanged, this, &AssessmentDialog::updateScore);
    connect(m_years, &QSpinBox::valueChanged, this, &AssessmentDialog::updateScore);
    connect(m_desired, &QLineEdit::textChanged, this, &AssessmentDialog::updateScore);
    connect(m_able, &QCheckBox::toggled, this, &AssessmentDialog::updateScore);

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Skills"), m_skills);
    form->addRow(tr("Qualifications"), m_qualifications);
    form->addRow(tr("Years of work experience"), m_years);
    form->addRow(tr("Desired field of work"), m_desired);
    form->addRow(QString(), m_able);
    form->addRow(barriers);
    return page;
}

QWidget *AssessmentDialog::buildEconomic()
{
    auto *page = new QWidget(this);
    m_income = amount(u"monthlyIncome"_s);
    m_expenses = amount(u"monthlyExpenses"_s);
    m_debts = amount(u"debts"_s);
    m_assets = amount(u"assets"_s);
    m_budget = textBox(u"budget"_s, tr("How the money is spent, where savings are possible"), page);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Monthly income"), m_income);
    form->addRow(tr("Monthly expenses"), m_expenses);
    form->addRow(tr("Debts"), m_debts);
    form->addRow(tr("Assets"), m_assets);
    form->addRow(tr("Budget notes"), m_budget);
    return page;
}

QWidget *AssessmentDialog::buildWellbeing()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Over the last two weeks…"), page));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(12);
    const QStringList answers = Scores::who5Answers();
    const Display display(m_settings);
    for (int a = 0; a < answers.size(); ++a) {
        auto *label = new QLabel(u"%1\n(%2)"_s.arg(answers[a], display.number(a)), page);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setMinimumWidth(78);
        grid->addWidget(label, 0, a + 1);
    }
    const QStringList items = Scores::who5Items();
    for (int i = 0; i < items.size(); ++i) {
        auto *statement = new QLabel(items[i], page);
        statement->setWordWrap(true);
        grid->addWidget(statement, i + 1, 0);
        auto *group = new QButtonGroup(page);
        for (int a = 0; a < answers.size(); ++a) {
            auto *radio = new QRadioButton(page);
            radio->setObjectName(u"who5_%1_%2"_s.arg(i).arg(a));
            radio->setAccessibleName(items[i] + u": "_s + answers[a]);
            group->addButton(radio, a);
            grid->addWidget(radio, i + 1, a + 1, Qt::AlignCenter);
        }
        connect(group, &QButtonGroup::idToggled, this, &AssessmentDialog::updateScore);
        m_who5 << group;
    }
    grid->setColumnStretch(0, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
    return page;
}

QWidget *AssessmentDialog::buildSocial()
{
    auto *page = new QWidget(this);
    m_relations = textBox(u"familyRelations"_s, tr("How the family members get on, who decides, tensions"), page);
    m_support = textBox(u"supportNetwork"_s, tr("Relatives, neighbours and organisations who help"), page);
    m_risks = textBox(u"risks"_s, tr("One risk per line, e.g. violence at home, a child out of school"), page);
    connect(m_risks, &QTextEdit::textChanged, this, &AssessmentDialog::updateScore);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Family relations"), m_relations);
    form->addRow(tr("Support network"), m_support);
    form->addRow(tr("Risks"), m_risks);
    return page;
}

QString AssessmentDialog::kind() const
{
    return m_kind->currentData().toString();
}

void AssessmentDialog::setKind(const QString &kind)
{
    selectTerm(m_kind, kind);
    m_pages->setCurrentIndex(m_kind->currentIndex());
}

QJsonObject AssessmentDialog::data() const
{
    const QString k = kind();
    if (k == u"work_readiness") {
        QJsonArray barriers;
        for (const QCheckBox *b : m_barriers)
            if (b->isChecked())
                barriers.append(b->property("key").toString());
        return {{u"skills"_s, lines(m_skills)},
                {u"qualifications"_s, lines(m_qualifications)},
                {u"experienceYears"_s, m_years->value()},
                {u"barriers"_s, barriers},
                {u"desiredField"_s, m_desired->text().trimmed()},
                {u"ableToWork"_s, m_able->isChecked()}};
    }
    if (k == u"economic") {
        return {{u"monthlyIncome"_s, m_income->value()},
                {u"monthlyExpenses"_s, m_expenses->value()},
                {u"debts"_s, m_debts->value()},
                {u"assets"_s, m_assets->value()},
                {u"budget"_s, m_budget->toPlainText().trimmed()}};
    }
    if (k == u"wellbeing") {
        QJsonArray items;
        for (const QButtonGroup *g : m_who5)
            items.append(g->checkedId()); // -1 when unanswered: core says which is missing
        return {{u"items"_s, items}};
    }
    return {{u"familyRelations"_s, m_relations->toPlainText().trimmed()},
            {u"supportNetwork"_s, m_support->toPlainText().trimmed()},
            {u"risks"_s, lines(m_risks)}};
}

void AssessmentDialog::setData(const QJsonObject &d)
{
    const QString k = kind();
    if (k == u"work_readiness") {
        m_skills->setPlainText(joined(d.value(u"skills"_s).toArray()));
        m_qualifications->setPlainText(joined(d.value(u"qualifications"_s).toArray()));
        m_years->setValue(d.value(u"experienceYears"_s).toInt());
        const QJsonArray barriers = d.value(u"barriers"_s).toArray();
        for (QCheckBox *b : std::as_const(m_barriers))
            b->setChecked(barriers.contains(QJsonValue(b->property("key").toString())));
        m_desired->setText(d.value(u"desiredField"_s).toString());
        m_able->setChecked(d.value(u"ableToWork"_s).toBool());
    } else if (k == u"economic") {
        m_income->setValue(d.value(u"monthlyIncome"_s).toDouble());
        m_expenses->setValue(d.value(u"monthlyExpenses"_s).toDouble());
        m_debts->setValue(d.value(u"debts"_s).toDouble());
        m_assets->setValue(d.value(u"assets"_s).toDouble());
        m_budget->setPlainText(d.value(u"budget"_s).toString());
    } else if (k == u"wellbeing") {
        const QJsonArray items = d.value(u"items"_s).toArray();
        for (int i = 0; i < m_who5.size(); ++i)
            if (QAbstractButton *b = m_who5[i]->button(items.at(i).toInt(-1)))
                b->setChecked(true);
    } else {
        m_relations->setPlainText(d.value(u"familyRelations"_s).toString());
        m_support->setPlainText(d.value(u"supportNetwork"_s).toString());
        m_risks->setPlainText(joined(d.value(u"risks"_s).toArray()));
    }
    updateScore();
}

void AssessmentDialog::updateScore()
{
    const Display display(m_settings);
    const QString k = kind();
    QString score, detail, colour;
    if (k == u"work_readiness") {
        const clinic::Readiness r =
            Scores::readiness(int(lines(m_skills).size()), int(lines(m_qualifications).size()), m_years->value(),
                              !m_desired->text().trimmed().isEmpty(), m_able->isChecked(),
                              int(std::count_if(m_barriers.cbegin(), m_barriers.cend(),
                                                [](const QCheckBox *b) { return b->isChecked(); })));
        score = tr("Work readiness: %1").arg(display.fraction(r.score, 100));
        detail = r.rule + u'\n' + Scores::readinessRule();
    } else if (k == u"economic") {
        const double left = m_income->value() - m_expenses->value();
        const QString money = display.decimal(std::abs(left), 2);
        score = left < 0 ? tr("Short each month: %1").arg(money) : tr("Left each month: %1").arg(money);
        colour = left < 0 ? u"#8a1c1c"_s : u"#1e6b33"_s;
        detail = tr("Monthly income minus monthly expenses.");
    } else if (k == u"wellbeing") {
        QList<int> items;
        for (const QButtonGroup *g : m_who5)
            items << g->checkedId();
        const auto w = Scores::who5(items);
        if (!w) {
            score = tr("Answer all five statements to see the score.");
        } else {
            score = tr("Wellbeing: %1").arg(display.fraction(w->percent, 100));
            if (w->likelyDepression) {
                detail = tr("28 or less: likely depression. Refer the beneficiary to a specialist.");
                colour = u"#8a1c1c"_s;
            } else if (w->low) {
                detail = tr("50 or less: low wellbeing. Follow up and consider a referral.");
                colour = u"#8a5a00"_s;
            } else {
                detail = tr("Above 50: no sign of low wellbeing.");
                colour = u"#1e6b33"_s;
            }
        }
    } else {
        const int risks = int(lines(m_risks).size());
        score = tr("Risks recorded: %1").arg(display.number(risks));
        detail = tr("Each risk may need a protection referral.");
        colour = risks > 0 ? u"#8a5a00"_s : QString();
    }
    m_score->setText(score);
    detail = display.digits(detail); // the cut-offs and rule figures in the user's digits
    m_score->setStyleSheet(colour.isEmpty() ? QString() : u"color:%1;"_s.arg(colour));
    m_detail->setText(detail);
}

void AssessmentDialog::setReadOnly()
{
    m_readOnly = true;
    setWindowTitle(windowTitle() + tr(" (recorded)"));
    m_save->hide();
    m_banner->clear();
    m_kind->setEnabled(false);
    m_date->editor()->setReadOnly(true);
    for (QTextEdit *e : m_pages->findChildren<QTextEdit *>())
        e->setReadOnly(true);
    for (QLineEdit *e : m_pages->findChildren<QLineEdit *>())
        e->setReadOnly(true);
    for (QAbstractSpinBox *e : m_pages->findChildren<QAbstractSpinBox *>())
        e->setReadOnly(true);
    for (QAbstractButton *b : m_pages->findChildren<QAbstractButton *>())
        b->setEnabled(false);
}

void AssessmentDialog::focusField(const QString &field)
{
    if (field == u"items") {
        for (QButtonGroup *g : std::as_const(m_who5)) {
            if (g->checkedId() < 0) {
                g->button(0)->setFocus();
                return;
            }
        }
    }
    if (QWidget *w = m_fields.value(field))
        w->setFocus();
}

void AssessmentDialog::save()
{
    if (m_readOnly)
        return;
    auto id = clinic::AssessmentService(m_db).record(m_session, m_memberId, kind(), m_date->date(), data(), m_sessionId);
    if (!id) {
        m_banner->showError(id.error().message);
        focusField(id.error().field);
        return;
    }
    emit saved(id.value());
    accept();
}

} // namespace tamkeen::ui
