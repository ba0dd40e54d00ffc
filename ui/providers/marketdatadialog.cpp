#include "ui/providers/marketdatadialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>
#include <mutex>

#include "core/common/clock.h"
#include "core/common/moneyunit.h"
#include "core/providers/alphavantage.h"
#include "core/providers/quoteuse.h"
#include "ui/actuals/edgarimportdialog.h"
#include "ui/common/problemcolour.h"
#include "ui/common/secrets.h"
#include "ui/document/document.h"
#include "ui/editors/numberformat.h"
#include "ui/jobs/jobrunner.h"
#include "ui/models/changelabel.h"
#include "ui/models/issuetext.h"
#include "ui/providers/providercachefile.h"

namespace valor::ui {
namespace {

const QString kProvider = QStringLiteral("alpha-vantage");

// One client for the application, so its rate limit and circuit breaker hold across windows.
// $VALOR_ALPHAVANTAGE_URL points it at a mirror.
std::shared_ptr<AlphaVantageProvider> alphaVantage() {
  static std::mutex mutex;
  static std::unique_ptr<ProviderClient> client;
  static std::shared_ptr<AlphaVantageProvider> provider;
  std::lock_guard lock(mutex);
  if (!provider) {
    client = std::make_unique<ProviderClient>(
        alphaVantageSettings("Valor IVX/" + QCoreApplication::applicationVersion().toStdString()),
        curlHttp(), applicationProviderCache(), systemClock(), threadSleep());
    const QByteArray mirror = qgetenv("VALOR_ALPHAVANTAGE_URL");
    provider = std::make_shared<AlphaVantageProvider>(
        *client,
        mirror.isEmpty() ? std::string("https://www.alphavantage.co") : mirror.toStdString());
  }
  return provider;
}

}  // namespace

bool MarketDataDialog::offeredFor(const Document* document) {
  return document && !quoteTargets(document->scenario()).empty();
}

MarketDataDialog::MarketDataDialog(Document* document, QWidget* parent)
    : QDialog(parent), document_(document), runner_(new JobRunner(this)) {
  setWindowTitle(tr("Market Data from Alpha Vantage"));
  auto* intro = new QLabel(
      tr("A share's latest price and shares outstanding from Alpha Vantage. It needs your API "
         "key (free at alphavantage.co), which is kept in the system keychain, never in the "
         "workspace. Answers are kept on this machine: the price for an hour, the rest a day."),
      this);
  intro->setWordWrap(true);

  ticker_ = new QLineEdit(this);
  ticker_->setPlaceholderText(tr("IBM, TSCO.LON"));
  ticker_->setAccessibleName(tr("Ticker"));
  key_ = new QLineEdit(this);
  key_->setEchoMode(QLineEdit::Password);
  key_->setAccessibleName(tr("API key"));
  key_->setPlaceholderText(tr("Reading the keychain…"));
  keyNote_ = new QLabel(this);
  keyNote_->setWordWrap(true);
  keyNote_->hide();
  offline_ = new QCheckBox(tr("Work &offline: this machine's copy only"), this);
  fetchButton_ = new QPushButton(tr("&Fetch"), this);
  fetchButton_->setDefault(true);

  auto* form = new QFormLayout;
  auto* tickerLabel = new QLabel(tr("&Ticker:"), this);
  tickerLabel->setBuddy(ticker_);
  auto* tickerRow = new QHBoxLayout;
  tickerRow->addWidget(ticker_, 1);
  tickerRow->addWidget(fetchButton_);
  form->addRow(tickerLabel, tickerRow);
  auto* keyLabel = new QLabel(tr("API &key:"), this);
  keyLabel->setBuddy(key_);
  form->addRow(keyLabel, key_);
  form->addRow(QString(), keyNote_);
  form->addRow(QString(), offline_);

  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  status_->setMinimumHeight(status_->fontMetrics().lineSpacing() * 4);
  status_->setAlignment(Qt::AlignLeft | Qt::AlignTop);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  for (const QuoteTarget& target : quoteTargets(document_->scenario())) {
    const QString text = target.id == "acquirer" ? tr("Use for the &Acquirer")
                         : target.id == "target" ? tr("Use for the Tar&get")
                                                 : tr("Use as &Basic Shares");
    auto* button = buttons->addButton(text, QDialogButtonBox::ActionRole);
    button->setEnabled(false);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, id = target.id] {
      if (use(id)) accept();
    });
    useButtons_.push_back(button);
  }

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(form);
  layout->addWidget(status_, 1);
  layout->addWidget(buttons);
  setTabOrder(ticker_, fetchButton_);
  setTabOrder(fetchButton_, key_);
  setTabOrder(key_, offline_);

  connect(fetchButton_, &QPushButton::clicked, this, &MarketDataDialog::fetch);
  connect(ticker_, &QLineEdit::returnPressed, this, &MarketDataDialog::fetch);
  connect(buttons, &QDialogButtonBox::rejected, this, [this] {
    runner_->cancel();
    reject();
  });
  connect(runner_, &JobRunner::failed, this, [this](const QString& message) {
    fetchButton_->setEnabled(true);
    showStatus(message, true);
    emit fetchFinished();
  });
  connect(runner_, &JobRunner::cancelled, this, [this] { fetchButton_->setEnabled(true); });
  showStatus(tr("Give the ticker and press Fetch."), false);
  resize(640, 380);

  readSecret(kProvider, this, [this](const QString& key, const QString& problem) {
    storedKey_ = key;
    if (key_->text().isEmpty()) key_->setText(key);
    key_->setPlaceholderText(tr("Your Alpha Vantage API key"));
    keyNote_->setText(problem);
    keyNote_->setVisible(!problem.isEmpty());
  });
}

bool MarketDataDialog::fetching() const {
  return runner_->running();
}

void MarketDataDialog::fetch() {
  if (runner_->running()) return;
  quote_.reset();
  for (QPushButton* button : useButtons_) button->setEnabled(false);
  fetchButton_->setEnabled(false);
  showStatus(
      offline_->isChecked() ? tr("Reading this machine's copy…") : tr("Asking Alpha Vantage…"),
      false);
  runner_->start([provider = alphaVantage(), ticker = ticker_->text().trimmed().toStdString(),
                  key = key_->text().trimmed().toStdString(), offline = offline_->isChecked(),
                  this](std::stop_token stop, jobs::Progress&) -> std::function<void()> {
    auto quote = provider->quote(ticker, key, offline, [stop] { return stop.stop_requested(); });
    return [this, quote = std::move(quote)] { showQuote(quote); };
  });
}

void MarketDataDialog::showQuote(const Result<MarketQuote>& quote) {
  fetchButton_->setEnabled(true);
  if (!quote) {
    showStatus(QString::fromStdString(quote.error().message), true);
    emit fetchFinished();
    return;
  }
  quote_ = quote.value();
  const MarketQuote& q = *quote_;
  // A key that worked is kept for next time.
  const QString key = key_->text().trimmed();
  if (!q.fromCache && key != storedKey_) {
    storedKey_ = key;
    storeSecret(kProvider, key, this, [this](const QString& problem) {
      keyNote_->setText(problem);
      keyNote_->setVisible(!problem.isEmpty());
    });
  }
  const QString who = q.name.empty() ? QString::fromStdString(q.symbol)
                                     : tr("%1 (%2)").arg(QString::fromStdString(q.name),
                                                         QString::fromStdString(q.symbol));
  QString text = tr("%1: %2 %3 per share")
                     .arg(who, formatFieldValue(q.price, QStringLiteral("price")),
                          QString::fromStdString(q.currency));
  if (!q.asOf.empty()) text += QLatin1Char(' ') + tr("on %1").arg(QString::fromStdString(q.asOf));
  if (q.sharesOutstanding) {
    const std::string* unitText = document_->scenario().root().text("unit");
    const double unit = moneyUnitSize(unitText ? *unitText : "millions").value_or(1e6);
    text += tr("; %1 shares outstanding (%2 in the scenario's unit)")
                .arg(formatFieldValue(*q.sharesOutstanding, QStringLiteral("shares")),
                     formatFieldValue(convertMoneyUnit(*q.sharesOutstanding, 1, unit),
                                      QStringLiteral("shares")));
  }
  text += QStringLiteral(". ");
  if (!q.fromCache)
    text += tr("Fetched from Alpha Vantage just now.");
  else if (q.staleBecause)
    text += tr("Alpha Vantage could not be asked (%1), so this is this machine's copy, fetched "
               "%2 ago.")
                .arg(QString::fromStdString(q.staleBecause->message),
                     cachedAgeText(systemClock()() - q.fetchedMs));
  else
    text += tr("This machine's copy, fetched %1 ago.")
                .arg(cachedAgeText(systemClock()() - q.fetchedMs));
  showStatus(text, q.staleBecause.has_value());
  for (QPushButton* button : useButtons_) button->setEnabled(true);
  emit fetchFinished();
}

bool MarketDataDialog::use(const std::string& target) {
  if (!quote_) return false;
  auto ops = quoteOps(document_->scenario(), *quote_, target);
  if (!ops) {
    showStatus(errorText(ops.error(), document_->scenario()), true);
    return false;
  }
  if (ops.value().empty()) {
    showStatus(tr("The scenario already has these figures."), false);
    return false;
  }
  const QString error = document_->edit(std::move(ops).value(), labels::marketData(quote_->symbol));
  if (!error.isEmpty()) {
    showStatus(error, true);
    return false;
  }
  return true;
}

void MarketDataDialog::showStatus(const QString& text, bool problem) {
  status_->setText(text);
  showAsProblem(status_, problem);
}

}  // namespace valor::ui
