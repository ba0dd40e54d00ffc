<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChangeLabel</name>
    <message numerus="yes">
        <source>Paste %n value(s)</source>
        <translation>
            <numerusform>Paste %n value</numerusform>
            <numerusform>Paste %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::HistoryModel</name>
    <message numerus="yes">
        <source>Revision %1, saved %2 by %3: %4 (%n field change(s))</source>
        <translation>
            <numerusform>Revision %1, saved %2 by %3: %4 (%n field change)</numerusform>
            <numerusform>Revision %1, saved %2 by %3: %4 (%n field changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::HistoryPanel</name>
    <message numerus="yes">
        <source>%n change(s) will bring the scenario back to this version. The restore is one step you can undo.</source>
        <translation>
            <numerusform>%n change will bring the scenario back to this version. The restore is one step you can undo.</numerusform>
            <numerusform>%n changes will bring the scenario back to this version. The restore is one step you can undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n scenario(s)</source>
        <translation>
            <numerusform>Imported %n scenario</numerusform>
            <numerusform>Imported %n scenarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::MonteCarloPage</name>
    <message numerus="yes">
        <source>Simulating %n path(s)…</source>
        <translation>
            <numerusform>Simulating %n path…</numerusform>
            <numerusform>Simulating %n paths…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::ResultsPanel</name>
    <message numerus="yes">
        <source>Equity value ÷ %1 diluted shares (treasury stock method; %n option tranche(s) in the money).</source>
        <translation>
            <numerusform>Equity value ÷ %1 diluted shares (treasury stock method; %n option tranche in the money).</numerusform>
            <numerusform>Equity value ÷ %1 diluted shares (treasury stock method; %n option tranches in the money).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::SensitivityPage</name>
    <message numerus="yes">
        <source> %n cell(s) cannot be valued.</source>
        <translation>
            <numerusform> %n cell cannot be valued.</numerusform>
            <numerusform> %n cells cannot be valued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::TornadoPage</name>
    <message numerus="yes">
        <source>%n input(s) moved one at a time.</source>
        <translation>
            <numerusform>%n input moved one at a time.</numerusform>
            <numerusform>%n inputs moved one at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n could not be valued at one end of the range.</source>
        <translation>
            <numerusform> %n could not be valued at one end of the range.</numerusform>
            <numerusform> %n could not be valued at one end of the range.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::VersionDiffDialog</name>
    <message numerus="yes">
        <source>%n difference(s) between version “%1” and the current scenario.</source>
        <translation>
            <numerusform>%n difference between version “%1” and the current scenario.</numerusform>
            <numerusform>%n differences between version “%1” and the current scenario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::StatementImportDialog</name>
    <message numerus="yes">
        <source>%n line(s), figures in %1 as the file gives them; imported in %2.</source>
        <translation>
            <numerusform>%n line, figures in %1 as the file gives them; imported in %2.</numerusform>
            <numerusform>%n lines, figures in %1 as the file gives them; imported in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::EdgarImportDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::ForecastPanel</name>
    <message numerus="yes">
        <source>%n value(s) pasted; choose the models and run.</source>
        <translation>
            <numerusform>%n value pasted; choose the models and run.</numerusform>
            <numerusform>%n values pasted; choose the models and run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fitting %n model(s)…</source>
        <translation>
            <numerusform>Fitting %n model…</numerusform>
            <numerusform>Fitting %n models…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Maximum likelihood: %1 after %n evaluation(s).</source>
        <translation>
            <numerusform>Maximum likelihood: %1 after %n evaluation.</numerusform>
            <numerusform>Maximum likelihood: %1 after %n evaluations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::PortfolioResults</name>
    <message numerus="yes">
        <source>VaR and expected shortfall are losses over %n trading day(s) at %1 confidence, as a share of the portfolio&apos;s value (and as amounts with its value given): VaR the loss exceeded with probability 1 − confidence, expected shortfall the mean loss beyond it.</source>
        <translation>
            <numerusform>VaR and expected shortfall are losses over %n trading day at %1 confidence, as a share of the portfolio&apos;s value (and as amounts with its value given): VaR the loss exceeded with probability 1 − confidence, expected shortfall the mean loss beyond it.</numerusform>
            <numerusform>VaR and expected shortfall are losses over %n trading days at %1 confidence, as a share of the portfolio&apos;s value (and as amounts with its value given): VaR the loss exceeded with probability 1 − confidence, expected shortfall the mean loss beyond it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::Document</name>
    <message numerus="yes">
        <source>A colleague changed %n field(s) since; not undone, but kept in Sync ▸ Review Conflicts</source>
        <translation>
            <numerusform>A colleague changed %n field since; not undone, but kept in Sync ▸ Review Conflicts</numerusform>
            <numerusform>A colleague changed %n fields since; not undone, but kept in Sync ▸ Review Conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::SyncController</name>
    <message numerus="yes">
        <source>Offline, %n edit(s) waiting</source>
        <translation>
            <numerusform>Offline, %n edit waiting</numerusform>
            <numerusform>Offline, %n edits waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to send</source>
        <translation>
            <numerusform>%n edit to send</numerusform>
            <numerusform>%n edits to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::SyncMenu</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
</TS>
