<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActualsModel</name>
    <message>
        <source>Revenue growth</source>
        <translation>Umsatzwachstum</translation>
    </message>
    <message>
        <source>Revenue ÷ previous year&apos;s revenue − 1</source>
        <translation>Umsatz ÷ Umsatz des Vorjahres − 1</translation>
    </message>
    <message>
        <source>EBITDA margin</source>
        <translation>EBITDA-Marge</translation>
    </message>
    <message>
        <source>EBITDA ÷ revenue</source>
        <translation>EBITDA ÷ Umsatz</translation>
    </message>
    <message>
        <source>EBIT margin</source>
        <translation>EBIT-Marge</translation>
    </message>
    <message>
        <source>EBIT ÷ revenue</source>
        <translation>EBIT ÷ Umsatz</translation>
    </message>
    <message>
        <source>Net margin</source>
        <translation>Nettomarge</translation>
    </message>
    <message>
        <source>Net income ÷ revenue</source>
        <translation>Jahresüberschuss ÷ Umsatz</translation>
    </message>
    <message>
        <source>Effective tax rate</source>
        <translation>Effektiver Steuersatz</translation>
    </message>
    <message>
        <source>Income taxes ÷ pre-tax income (net income + income taxes)</source>
        <translation>Ertragsteuern ÷ Ergebnis vor Steuern (Jahresüberschuss + Ertragsteuern)</translation>
    </message>
    <message>
        <source>D&amp;A % of revenue</source>
        <translation>Abschreibungen in % des Umsatzes</translation>
    </message>
    <message>
        <source>D&amp;A ÷ revenue</source>
        <translation>Abschreibungen ÷ Umsatz</translation>
    </message>
    <message>
        <source>Capex % of revenue</source>
        <translation>Capex in % des Umsatzes</translation>
    </message>
    <message>
        <source>Capex ÷ revenue</source>
        <translation>Capex ÷ Umsatz</translation>
    </message>
    <message>
        <source>NWC % of revenue</source>
        <translation>NUV in % des Umsatzes</translation>
    </message>
    <message>
        <source>Net working capital ÷ revenue</source>
        <translation>Nettoumlaufvermögen ÷ Umsatz</translation>
    </message>
    <message>
        <source>Sales-to-capital</source>
        <translation>Umsatz je investiertem Kapital</translation>
    </message>
    <message>
        <source>Change in revenue ÷ reinvestment (capex − D&amp;A + change in NWC), where reinvestment is above zero</source>
        <translation>Umsatzänderung ÷ Reinvestition (Capex − Abschreibungen + Änderung des NUV), wo die Reinvestition über null liegt</translation>
    </message>
    <message>
        <source>Return on invested capital</source>
        <translation>Rendite auf das investierte Kapital (ROIC)</translation>
    </message>
    <message>
        <source>EBIT × (1 − effective tax rate) ÷ invested capital at the start of the year (equity + debt − cash at the previous year&apos;s end)</source>
        <translation>EBIT × (1 − effektiver Steuersatz) ÷ investiertes Kapital zu Jahresbeginn (Eigenkapital + Finanzschulden − Zahlungsmittel am Ende des Vorjahres)</translation>
    </message>
</context>
<context>
    <name>AnalyticsReport</name>
    <message>
        <source>Output</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>Paths simulated</source>
        <translation>Simulierte Pfade</translation>
    </message>
    <message>
        <source>Paths valued</source>
        <translation>Bewertete Pfade</translation>
    </message>
    <message>
        <source>The scenario&apos;s own value</source>
        <translation>Wert des Szenarios selbst</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>Standard error of the mean</source>
        <translation>Standardfehler des Mittelwerts</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Probability above %1</source>
        <translation>Wahrscheinlichkeit über %1</translation>
    </message>
    <message>
        <source>Monte Carlo summary</source>
        <translation>Monte-Carlo-Zusammenfassung</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>The grid of %1 × %2 values is too large for a page; its Export CSV button on the Sensitivity tab writes it whole.</source>
        <translation>Die Tabelle mit %1 × %2 Werten ist für eine Seite zu groß; die Schaltfläche „Als CSV exportieren“ im Reiter Sensitivität schreibt sie vollständig.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An output and the unit of its amounts: &quot;Enterprise value (USD millions)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CellArithmetic</name>
    <message>
        <source>Enter a formula after “=”.</source>
        <translation>Geben Sie nach „=“ eine Formel ein.</translation>
    </message>
</context>
<context>
    <name>ChangeLabel</name>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Create scenario</source>
        <translation>Szenario anlegen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Sample scenario</source>
        <translation>Beispielszenario</translation>
    </message>
    <message>
        <source>Add option tranche</source>
        <translation>Optionstranche hinzufügen</translation>
    </message>
    <message>
        <source>Remove option tranche</source>
        <translation>Optionstranche entfernen</translation>
    </message>
    <message>
        <source>Set correlation repair</source>
        <translation>Korrekturmodus der Korrelationen festlegen</translation>
    </message>
    <message>
        <source>Set Monte Carlo paths</source>
        <translation>Anzahl der Monte-Carlo-Pfade festlegen</translation>
    </message>
    <message>
        <source>Set Monte Carlo seed</source>
        <translation>Startwert (Seed) der Monte-Carlo-Simulation festlegen</translation>
    </message>
    <message>
        <source>Set Monte Carlo output</source>
        <translation>Zielgröße der Monte-Carlo-Simulation festlegen</translation>
    </message>
    <message>
        <source>Set Monte Carlo target</source>
        <translation>Zielwert der Monte-Carlo-Simulation festlegen</translation>
    </message>
    <message>
        <source>Clear Monte Carlo target</source>
        <translation>Zielwert der Monte-Carlo-Simulation entfernen</translation>
    </message>
    <message>
        <source>Add Monte Carlo input</source>
        <translation>Monte-Carlo-Eingangsgröße hinzufügen</translation>
    </message>
    <message>
        <source>Remove Monte Carlo input</source>
        <translation>Monte-Carlo-Eingangsgröße entfernen</translation>
    </message>
    <message>
        <source>Add discrete outcome</source>
        <translation>Diskrete Ausprägung hinzufügen</translation>
    </message>
    <message>
        <source>Remove discrete outcome</source>
        <translation>Diskrete Ausprägung entfernen</translation>
    </message>
    <message>
        <source>Add correlation</source>
        <translation>Korrelation hinzufügen</translation>
    </message>
    <message>
        <source>Remove correlation</source>
        <translation>Korrelation entfernen</translation>
    </message>
    <message>
        <source>Rename option tranche</source>
        <translation>Optionstranche umbenennen</translation>
    </message>
    <message>
        <source>Use goal-seek result</source>
        <translation>Ergebnis der Zielwertsuche übernehmen</translation>
    </message>
    <message>
        <source>Fill right</source>
        <translation>Nach rechts ausfüllen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Restore version “%1”</source>
        <translation>Version „%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>Restore revision %1</source>
        <translation>Revision %1 wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n value(s)</source>
        <translation>
            <numerusform>%n Wert einfügen</numerusform>
            <numerusform>%n Werte einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Save sensitivity grid settings</source>
        <translation>Einstellungen des Sensitivitätsrasters speichern</translation>
    </message>
    <message>
        <source>Save tornado settings</source>
        <translation>Tornado-Einstellungen speichern</translation>
    </message>
    <message>
        <source>Make %1 constant</source>
        <translation>%1 konstant setzen</translation>
    </message>
    <message>
        <source>Give %1 per year</source>
        <translation>%1 je Jahr angeben</translation>
    </message>
    <message>
        <source>Give %1 in stages</source>
        <translation>%1 in Phasen angeben</translation>
    </message>
    <message>
        <source>Use history as drivers</source>
        <translation>Historie als Treiber verwenden</translation>
    </message>
    <message>
        <source>Import actuals from %1</source>
        <translation>Ist-Zahlen aus %1 importieren</translation>
    </message>
    <message>
        <source>Make %1 the base year</source>
        <translation>%1 zum Basisjahr machen</translation>
    </message>
    <message>
        <source>Market data of %1 from Alpha Vantage</source>
        <translation>Marktdaten von %1 aus Alpha Vantage</translation>
    </message>
    <message>
        <source>Use the %1 forecast of %2 as drivers</source>
        <extracomment>%1 is a forecast model with its parameters (&quot;ETS(A,Ad,N) (alpha 0.5, ...)&quot;), %2 the actuals line it was fitted to (&quot;revenue&quot;).</extracomment>
        <translation>Die Prognose %1 von %2 als Treiber verwenden</translation>
    </message>
    <message>
        <source>Take the underlying from %1</source>
        <extracomment>%1 is the name of the scenario whose enterprise value a real option&apos;s underlying takes. Also written by valor-cli underlying.</extracomment>
        <translation>Basiswert aus %1 übernehmen</translation>
    </message>
    <message>
        <source>Import the history from %1</source>
        <extracomment>%1 is the name of the CSV file a portfolio&apos;s price or return history was read from.</extracomment>
        <translation>Historie aus %1 importieren</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Historie löschen</translation>
    </message>
    <message>
        <source>Import the matrix from %1</source>
        <extracomment>%1 is the name of the CSV file a correlation or covariance matrix was read from.</extracomment>
        <translation>Matrix aus %1 importieren</translation>
    </message>
    <message>
        <source>Synced with the server</source>
        <translation>Mit dem Server abgeglichen</translation>
    </message>
    <message>
        <source>Opened from the server</source>
        <translation>Vom Server geöffnet</translation>
    </message>
    <message>
        <source>Changes made before sharing</source>
        <translation>Änderungen vor dem Teilen</translation>
    </message>
    <message>
        <source>Changes from %1</source>
        <extracomment>%1 names the colleagues whose changes a sync brought in (&quot;ann@acme.example, bob@…&quot;).</extracomment>
        <translation>Änderungen von %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Set tags</source>
        <translation>Tags festlegen</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Bring back deleted scenario</source>
        <translation>Gelöschtes Szenario wiederherstellen</translation>
    </message>
    <message>
        <source>Note, tags and deletion kept in the history from now on</source>
        <translation>Notiz, Tags und Löschung ab jetzt im Verlauf</translation>
    </message>
    <message>
        <source>Save version “%1”</source>
        <translation>Version „%1“ speichern</translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>—</source>
        <comment>no such input in this scenario</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Column heading: this scenario&apos;s outputs less the first scenario&apos;s.</extracomment>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no such output</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no change to show</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingangsgröße</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An output and the unit of its amounts: &quot;Enterprise value (USD millions)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In another unit: %1 and %2</source>
        <translation>In anderer Einheit: %1 und %2</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>tick two to six scenarios first</source>
        <translation>kreuzen Sie zuerst zwei bis sechs Szenarien an</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Szenariovergleich</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Printed %1 by %2.</source>
        <translation>Gedruckt am %1 von %2.</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Zielgrößen</translation>
    </message>
    <message>
        <source>Inputs that differ</source>
        <translation>Abweichende Eingangsgrößen</translation>
    </message>
    <message>
        <source>Value bridge</source>
        <translation>Wertbrücke</translation>
    </message>
    <message>
        <source>Content %1</source>
        <translation>Inhalt %1</translation>
    </message>
</context>
<context>
    <name>CreditPresentation</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Altman Z-score</source>
        <translation>Altman-Z-Wert</translation>
    </message>
    <message>
        <source>Merton model</source>
        <translation>Merton-Modell</translation>
    </message>
    <message>
        <source>Expected loss</source>
        <translation>Erwarteter Verlust</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Z (public manufacturer)</source>
        <translation>Z (börsennotierter Hersteller)</translation>
    </message>
    <message>
        <source>Z′ (private firm)</source>
        <translation>Z′ (nicht börsennotiert)</translation>
    </message>
    <message>
        <source>Z″ (non-manufacturer, emerging market)</source>
        <translation>Z″ (Nicht-Hersteller, Schwellenland)</translation>
    </message>
    <message>
        <source>Working capital</source>
        <translation>Working Capital</translation>
    </message>
    <message>
        <source>Retained earnings</source>
        <translation>Gewinnrücklagen</translation>
    </message>
    <message>
        <source>EBIT</source>
        <translation>EBIT</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>Bilanzsumme</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>Verbindlichkeiten gesamt</translation>
    </message>
    <message>
        <source>Equity (market for Z, else book)</source>
        <translation>Eigenkapital (Markt bei Z, sonst Buch)</translation>
    </message>
    <message>
        <source>Market value of equity</source>
        <translation>Marktwert des Eigenkapitals</translation>
    </message>
    <message>
        <source>Equity volatility</source>
        <translation>Volatilität des Eigenkapitals</translation>
    </message>
    <message>
        <source>Debt due (face value)</source>
        <translation>Fällige Schulden (Nennwert)</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>Horizont (Jahre)</translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation>Risikoloser Zinssatz</translation>
    </message>
    <message>
        <source>Loss given default</source>
        <translation>Verlustquote bei Ausfall (LGD)</translation>
    </message>
    <message>
        <source>Exposure at default</source>
        <translation>Forderungshöhe bei Ausfall (EAD)</translation>
    </message>
    <message>
        <source>Altman score</source>
        <translation>Altman-Wert</translation>
    </message>
    <message>
        <source>X1 working capital / assets</source>
        <translation>X1 Working Capital / Bilanzsumme</translation>
    </message>
    <message>
        <source>X2 retained earnings / assets</source>
        <translation>X2 Gewinnrücklagen / Bilanzsumme</translation>
    </message>
    <message>
        <source>X3 EBIT / assets</source>
        <translation>X3 EBIT / Bilanzsumme</translation>
    </message>
    <message>
        <source>X4 equity / liabilities</source>
        <translation>X4 Eigenkapital / Verbindlichkeiten</translation>
    </message>
    <message>
        <source>X5 sales / assets</source>
        <translation>X5 Umsatz / Bilanzsumme</translation>
    </message>
    <message>
        <source>Asset value</source>
        <translation>Wert der Vermögenswerte</translation>
    </message>
    <message>
        <source>Asset volatility</source>
        <translation>Volatilität der Vermögenswerte</translation>
    </message>
    <message>
        <source>Distance to default</source>
        <translation>Abstand zum Ausfall</translation>
    </message>
    <message>
        <source>Probability of default (risk-neutral)</source>
        <translation>Ausfallwahrscheinlichkeit (risikoneutral)</translation>
    </message>
    <message>
        <source>Market value of debt</source>
        <translation>Marktwert der Schulden</translation>
    </message>
    <message>
        <source>Credit spread</source>
        <translation>Kreditaufschlag</translation>
    </message>
    <message>
        <source>Choose an Altman score and give its statement lines, or give the Merton model&apos;s inputs: the scenario has neither.</source>
        <translation>Wählen Sie einen Altman-Wert und geben Sie seine Bilanzzeilen an, oder geben Sie die Eingaben des Merton-Modells an: Das Szenario hat keines von beiden.</translation>
    </message>
    <message>
        <source>Merton&apos;s equations have no solution for these inputs: no asset value and volatility give this equity value and volatility.</source>
        <translation>Die Gleichungen des Merton-Modells haben für diese Eingaben keine Lösung: Kein Wert und keine Volatilität der Vermögenswerte ergeben diesen Wert und diese Volatilität des Eigenkapitals.</translation>
    </message>
    <message>
        <source>Not valued: Merton&apos;s equations have no solution</source>
        <translation>Nicht bewertet: Die Gleichungen des Merton-Modells haben keine Lösung</translation>
    </message>
    <message>
        <source>Statements of (year)</source>
        <translation>Bilanzjahr</translation>
    </message>
</context>
<context>
    <name>CreditView</name>
    <message>
        <source>Credit</source>
        <translation>Kreditrisiko</translation>
    </message>
</context>
<context>
    <name>DcfPresentation</name>
    <message>
        <source>Timing</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Revenue and reinvestment</source>
        <translation>Umsatz und Reinvestitionen</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Diskontierungssatz</translation>
    </message>
    <message>
        <source>Terminal value</source>
        <translation>Endwert (Terminal Value)</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Konventionen</translation>
    </message>
    <message>
        <source>Equity bridge</source>
        <translation>Überleitung zum Eigenkapitalwert</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Basisjahr</translation>
    </message>
    <message>
        <source>Projection years</source>
        <translation>Prognosejahre</translation>
    </message>
    <message>
        <source>Fiscal year end (MM-DD)</source>
        <translation>Geschäftsjahresende (MM-TT)</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Bewertungsstichtag</translation>
    </message>
    <message>
        <source>Base-year revenue</source>
        <translation>Umsatz im Basisjahr</translation>
    </message>
    <message>
        <source>Base-year NWC</source>
        <translation>Nettoumlaufvermögen (NWC) im Basisjahr</translation>
    </message>
    <message>
        <source>Reinvestment</source>
        <translation>Reinvestitionen</translation>
    </message>
    <message>
        <source>Capex, D&amp;A, NWC as % of revenue</source>
        <translation>Investitionen, Abschreibungen, NWC in % des Umsatzes</translation>
    </message>
    <message>
        <source>Sales-to-capital ratio</source>
        <translation>Umsatz-Kapital-Verhältnis</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>WACC given</source>
        <translation>WACC vorgegeben</translation>
    </message>
    <message>
        <source>Build-up (CAPM)</source>
        <translation>Herleitung (CAPM)</translation>
    </message>
    <message>
        <source>WACC</source>
        <translation>Kapitalkosten (WACC)</translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation>Risikoloser Zinssatz</translation>
    </message>
    <message>
        <source>Equity risk premium</source>
        <translation>Marktrisikoprämie</translation>
    </message>
    <message>
        <source>Country risk premium</source>
        <translation>Länderrisikoprämie</translation>
    </message>
    <message>
        <source>Beta type</source>
        <translation>Beta-Art</translation>
    </message>
    <message>
        <source>levered</source>
        <translation>verschuldet (levered)</translation>
    </message>
    <message>
        <source>unlevered (relevered at target D/E)</source>
        <translation>unverschuldet (mit Ziel-D/E neu verschuldet)</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Debt beta</source>
        <translation>Fremdkapital-Beta</translation>
    </message>
    <message>
        <source>Target D/E</source>
        <translation>Ziel-Verschuldungsgrad (FK/EK)</translation>
    </message>
    <message>
        <source>Pre-tax cost of debt</source>
        <translation>Fremdkapitalkosten vor Steuern</translation>
    </message>
    <message>
        <source>Marginal tax rate</source>
        <translation>Grenzsteuersatz</translation>
    </message>
    <message>
        <source>Gordon growth</source>
        <translation>Gordon-Wachstumsmodell</translation>
    </message>
    <message>
        <source>Exit multiple</source>
        <translation>Exit-Multiple</translation>
    </message>
    <message>
        <source>Terminal growth</source>
        <translation>Ewige Wachstumsrate</translation>
    </message>
    <message>
        <source>Multiple of</source>
        <translation>Bezugsgröße</translation>
    </message>
    <message>
        <source>EV/EBITDA</source>
        <translation>EV/EBITDA</translation>
    </message>
    <message>
        <source>EV/EBIT</source>
        <translation>EV/EBIT</translation>
    </message>
    <message>
        <source>Discounting</source>
        <translation>Diskontierung</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>Jahresende</translation>
    </message>
    <message>
        <source>Mid-year</source>
        <translation>Jahresmitte</translation>
    </message>
    <message>
        <source>Gordon value under mid-year</source>
        <translation>Gordon-Endwert bei Jahresmitte</translation>
    </message>
    <message>
        <source>Half a year before the end of year N (consistent)</source>
        <translation>Ein halbes Jahr vor Ende von Jahr N (konsistent)</translation>
    </message>
    <message>
        <source>At the end of year N</source>
        <translation>Am Ende von Jahr N</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Zahlungsmittel</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Finanzschulden</translation>
    </message>
    <message>
        <source>Preferred equity</source>
        <translation>Vorzugskapital</translation>
    </message>
    <message>
        <source>Minority interest</source>
        <translation>Minderheitsanteile</translation>
    </message>
    <message>
        <source>Non-operating assets</source>
        <translation>Nicht betriebsnotwendiges Vermögen</translation>
    </message>
    <message>
        <source>Basic shares</source>
        <translation>Ausstehende Aktien (unverwässert)</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Umsatzwachstum</translation>
    </message>
    <message>
        <source>EBIT margin</source>
        <translation>EBIT-Marge</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Sales-to-capital</source>
        <translation>Umsatz/Kapital</translation>
    </message>
    <message>
        <source>D&amp;A % of revenue</source>
        <translation>Abschreibungen in % des Umsatzes</translation>
    </message>
    <message>
        <source>Capex % of revenue</source>
        <translation>Investitionen in % des Umsatzes</translation>
    </message>
    <message>
        <source>NWC % of revenue</source>
        <translation>NWC in % des Umsatzes</translation>
    </message>
    <message>
        <source>Option tranche %1</source>
        <translation>Optionstranche %1</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>strike</source>
        <translation>Ausübungspreis</translation>
    </message>
    <message>
        <source>Value per share</source>
        <translation>Wert je Aktie</translation>
    </message>
    <message>
        <source>Enterprise value</source>
        <translation>Unternehmenswert (EV)</translation>
    </message>
    <message>
        <source>Equity value</source>
        <translation>Eigenkapitalwert</translation>
    </message>
    <message>
        <source>Diluted shares</source>
        <translation>Verwässerte Aktien</translation>
    </message>
    <message>
        <source>PV of explicit period</source>
        <translation>Barwert der Detailplanungsjahre</translation>
    </message>
    <message>
        <source>PV of terminal value</source>
        <translation>Barwert des Endwerts</translation>
    </message>
    <message>
        <source>Terminal value share of EV</source>
        <translation>Anteil des Endwerts am Unternehmenswert</translation>
    </message>
    <message>
        <source>Implied exit multiple</source>
        <translation>Implizites Exit-Multiple</translation>
    </message>
    <message>
        <source>Implied terminal growth</source>
        <translation>Implizite ewige Wachstumsrate</translation>
    </message>
    <message>
        <source>Not valued: growth not below WACC</source>
        <translation>Nicht bewertet: Wachstum nicht unter WACC</translation>
    </message>
    <message>
        <source>Not valued: WACC not positive</source>
        <translation>Nicht bewertet: WACC nicht positiv</translation>
    </message>
    <message>
        <source>Terminal growth (%1) must be below the WACC (%2): the Gordon growth model has no finite value otherwise.</source>
        <translation>Das ewige Wachstum (%1) muss unter dem WACC (%2) liegen: sonst hat das Gordon-Wachstumsmodell keinen endlichen Wert.</translation>
    </message>
    <message>
        <source>The built-up WACC is %1; it must be positive (check beta and the premiums).</source>
        <translation>Der hergeleitete WACC beträgt %1; er muss positiv sein (Beta und Prämien prüfen).</translation>
    </message>
    <message>
        <source>The valuation date %1 must be on or after the base year&apos;s end (%2) and before the first projection year&apos;s end (%3); move the base year so that the valuation date falls in year one.</source>
        <translation>Der Bewertungsstichtag %1 muss am oder nach dem Ende des Basisjahres (%2) und vor dem Ende des ersten Prognosejahres (%3) liegen; verschieben Sie das Basisjahr, sodass der Bewertungsstichtag in das erste Jahr fällt.</translation>
    </message>
    <message>
        <source>Not used: the WACC is built up from its parts.</source>
        <translation>Wird nicht verwendet: Die Kapitalkosten (WACC) werden aus ihren Bestandteilen hergeleitet.</translation>
    </message>
    <message>
        <source>EV/EBITDA needs D&amp;A: give D&amp;A as a % of revenue, or use EV/EBIT.</source>
        <translation>EV/EBITDA erfordert Abschreibungen: Geben Sie die Abschreibungen in % des Umsatzes an oder verwenden Sie EV/EBIT.</translation>
    </message>
    <message>
        <source>The valuation overflowed: the inputs compound to numbers beyond floating point (check growth rates and years).</source>
        <translation>Die Bewertung ist übergelaufen: Die Eingaben ergeben Zahlen jenseits des Gleitkommabereichs (prüfen Sie Wachstumsraten und Jahre).</translation>
    </message>
    <message>
        <source>Terminal growth %1 is above the risk-free rate %2; stable growth should not outpace the economy (Damodaran).</source>
        <translation>Die ewige Wachstumsrate %1 liegt über dem risikolosen Zinssatz %2; stabiles Wachstum sollte die Gesamtwirtschaft nicht übertreffen (Damodaran).</translation>
    </message>
    <message>
        <source>The terminal value is %1 of enterprise value (over 75 %): the value rests mostly on the years after the projection.</source>
        <translation>Der Endwert macht %1 des Unternehmenswerts aus (über 75 %): Der Wert beruht überwiegend auf den Jahren nach dem Prognosezeitraum.</translation>
    </message>
    <message>
        <source>Free cash flow is negative in %1.</source>
        <translation>Der freie Cashflow ist negativ in %1.</translation>
    </message>
    <message>
        <source>The terminal value is negative: the final year&apos;s cash flow or metric is negative.</source>
        <translation>Der Endwert ist negativ: Der Cashflow oder die Bezugsgröße des letzten Jahres ist negativ.</translation>
    </message>
    <message>
        <source>Equity value is negative: claims exceed the enterprise value; options are not counted as exercised.</source>
        <translation>Der Eigenkapitalwert ist negativ: Die Ansprüche übersteigen den Unternehmenswert; Optionen gelten nicht als ausgeübt.</translation>
    </message>
    <message>
        <source>No implied exit multiple: the final year&apos;s metric is not positive.</source>
        <translation>Kein implizites Exit-Multiple: Die Bezugsgröße des letzten Jahres ist nicht positiv.</translation>
    </message>
    <message>
        <source>No implied terminal growth: the final year&apos;s free cash flow or the terminal value is not positive.</source>
        <translation>Keine implizite ewige Wachstumsrate: Der freie Cashflow des letzten Jahres oder der Endwert ist nicht positiv.</translation>
    </message>
    <message>
        <source>tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>option tranche</source>
        <translation>Optionstranche</translation>
    </message>
    <message>
        <source>Options and warrants (treasury stock method at the computed price):</source>
        <translation>Optionen und Optionsscheine (Treasury-Stock-Methode zum berechneten Preis):</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Drivers per year</source>
        <translation>Treiber je Jahr</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>EBITDA</source>
        <translation>EBITDA</translation>
    </message>
    <message>
        <source>EBIT</source>
        <translation>EBIT</translation>
    </message>
    <message>
        <source>Taxes on EBIT</source>
        <translation>Steuern auf das EBIT</translation>
    </message>
    <message>
        <source>NOPAT</source>
        <translation>NOPAT</translation>
    </message>
    <message>
        <source>D&amp;A</source>
        <translation>Abschreibungen</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Investitionen</translation>
    </message>
    <message>
        <source>Change in NWC</source>
        <translation>Veränderung des NWC</translation>
    </message>
    <message>
        <source>FCFF</source>
        <translation>FCFF</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>Diskontierungsfaktor</translation>
    </message>
    <message>
        <source>Present value</source>
        <translation>Barwert</translation>
    </message>
    <message>
        <source>Sales to capital</source>
        <translation>Umsatz/Kapital</translation>
    </message>
</context>
<context>
    <name>DcfView</name>
    <message>
        <source>DCF</source>
        <translation>DCF</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Valor IVX in five minutes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Open a scenario.&lt;/b&gt; The workspace browser on the left lists the scenarios of the workspace; the sample workspace has three DCFs, a buyout and a merger. Double-click one to open it in a tab.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Change an assumption.&lt;/b&gt; Type into a field of the form and press Enter: the results beside it follow every keystroke, and Enter saves the change at once — there is no Save. Rates are typed as percentages (&lt;i&gt;2.5&lt;/i&gt; is 2.5 %). The grid below holds the values per year: type over a cell, paste a row from a spreadsheet, or type a formula such as &lt;i&gt;=1200*1.05&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Undo anything.&lt;/b&gt; Ctrl+Z undoes the last change, Ctrl+Y or Ctrl+Shift+Z redoes it; the History panel on the right lists every change with its author and time, and Scenario ▸ Save Version marks a state to compare with or return to.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ask what-if.&lt;/b&gt; The Analytics tab runs Monte Carlo, sensitivity grids, the tornado and goal seek on any input, in the background.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start your own.&lt;/b&gt; File ▸ New … Scenario starts a DCF, an LBO or an M&amp;amp;A from a complete example to overwrite.&lt;/p&gt;&lt;p&gt;Help ▸ Keyboard Shortcuts lists every key.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Valor IVX in fünf Minuten&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ein Szenario öffnen.&lt;/b&gt; Der Arbeitsbereich links listet die Szenarien des Arbeitsbereichs; der Beispiel-Arbeitsbereich enthält drei DCFs, einen Buyout und eine Fusion. Ein Doppelklick öffnet eines in einem Tab.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eine Annahme ändern.&lt;/b&gt; Tippen Sie in ein Feld des Formulars und drücken Sie die Eingabetaste: Die Ergebnisse daneben folgen jedem Tastendruck, und die Eingabetaste speichert die Änderung sofort – ein Speichern gibt es nicht. Sätze werden in Prozent eingegeben (&lt;i&gt;2,5&lt;/i&gt; ist 2,5 %). Die Tabelle darunter enthält die Werte je Jahr: Zelle überschreiben, eine Zeile aus einer Tabellenkalkulation einfügen oder eine Formel wie &lt;i&gt;=1200*1,05&lt;/i&gt; eingeben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alles rückgängig machen.&lt;/b&gt; Strg+Z macht die letzte Änderung rückgängig, Strg+Y oder Strg+Umschalt+Z stellt sie wieder her; der Verlauf rechts listet jede Änderung mit Autor und Zeit, und Szenario ▸ Version speichern markiert einen Stand zum Vergleichen oder Zurückkehren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was-wäre-wenn fragen.&lt;/b&gt; Der Tab Analysen führt Monte Carlo, Sensitivitätstabellen, Tornado und Zielwertsuche für jede Eingabe im Hintergrund aus.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ein eigenes beginnen.&lt;/b&gt; Datei ▸ Neues …-Szenario beginnt einen DCF, einen LBO oder eine M&amp;amp;A mit einem vollständigen Beispiel zum Überschreiben.&lt;/p&gt;&lt;p&gt;Hilfe ▸ Tastenkürzel listet jede Taste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Per-year grid</source>
        <translation>Jahrestabelle</translation>
    </message>
    <message>
        <source>Edit the cell</source>
        <translation>Zelle bearbeiten</translation>
    </message>
    <message>
        <source>F2, or just type</source>
        <translation>F2 oder einfach tippen</translation>
    </message>
    <message>
        <source>Save the cell and move down</source>
        <translation>Zelle speichern und nach unten gehen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Work out a formula</source>
        <translation>Formel ausrechnen</translation>
    </message>
    <message>
        <source>=1200*1.05, then Enter</source>
        <translation>=1200*1,05, dann Eingabe</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet</source>
        <translation>Zellen aus einer Tabellenkalkulation einfügen</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>Markierte Zellen kopieren</translation>
    </message>
    <message>
        <source>Fill the value to the right</source>
        <translation>Wert nach rechts ausfüllen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Save the value</source>
        <translation>Wert speichern</translation>
    </message>
    <message>
        <source>Enter, or leave the field</source>
        <translation>Eingabe oder Feld verlassen</translation>
    </message>
    <message>
        <source>Go back to the saved value</source>
        <translation>Zum gespeicherten Wert zurück</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Undo the change just saved</source>
        <translation>Eben gespeicherte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Tranche table</source>
        <translation>Tranchentabelle</translation>
    </message>
    <message>
        <source>Move the row up or down</source>
        <translation>Zeile nach oben oder unten verschieben</translation>
    </message>
</context>
<context>
    <name>InputCaption</name>
    <message>
        <source>Not valued: input out of range</source>
        <translation>Nicht bewertet: Eingangsgröße außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>Not valued: result not finite</source>
        <translation>Nicht bewertet: Ergebnis nicht endlich</translation>
    </message>
    <message>
        <source>Not valued: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
</context>
<context>
    <name>InputGroup</name>
    <message>
        <source>Timing and conventions</source>
        <translation>Zeitraum und Konventionen</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Revenue and growth</source>
        <translation>Umsatz und Wachstum</translation>
    </message>
    <message>
        <source>EBIT margin</source>
        <translation>EBIT-Marge</translation>
    </message>
    <message>
        <source>EBITDA margin</source>
        <translation>EBITDA-Marge</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Reinvestment</source>
        <translation>Reinvestitionen</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Diskontierungssatz</translation>
    </message>
    <message>
        <source>Terminal value</source>
        <translation>Endwert (Terminal Value)</translation>
    </message>
    <message>
        <source>Equity bridge</source>
        <translation>Überleitung zum Eigenkapitalwert</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Debt and interest</source>
        <translation>Finanzschulden und Zinsen</translation>
    </message>
    <message>
        <source>Dividends</source>
        <translation>Ausschüttungen</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Erwerber</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielunternehmen</translation>
    </message>
    <message>
        <source>Offer price</source>
        <translation>Angebotspreis</translation>
    </message>
    <message>
        <source>Consideration mix</source>
        <translation>Zusammensetzung der Gegenleistung</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Purchase price allocation</source>
        <translation>Kaufpreisallokation</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergien</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <source>Required.</source>
        <translation>Pflichtangabe.</translation>
    </message>
    <message>
        <source>Must be a finite number.</source>
        <translation>Muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>Must be a whole number, not %1.</source>
        <translation>Muss eine ganze Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2, not %3.</source>
        <translation>Muss zwischen %1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <source>Must be a real date written YYYY-MM-DD, not “%1”.</source>
        <translation>Muss ein gültiges Datum im Format JJJJ-MM-TT sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Must be a month and day written MM-DD, not “%1”.</source>
        <translation>Muss Monat und Tag im Format MM-TT sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Must be below %1.</source>
        <translation>Muss unter %1 liegen.</translation>
    </message>
    <message>
        <source>Must be above %1.</source>
        <translation>Muss über %1 liegen.</translation>
    </message>
    <message>
        <source>No value for %1.</source>
        <translation>Kein Wert für %1.</translation>
    </message>
    <message>
        <source>%1 lies outside the projection and is not used.</source>
        <translation>%1 liegt außerhalb des Prognosezeitraums und wird nicht verwendet.</translation>
    </message>
    <message>
        <source>Not used with a linear fade (stage 2 moves from stage 1 to stage 3); set the fade to step to use it.</source>
        <translation>Wird bei linearem Übergang nicht verwendet (Phase 2 bewegt sich von Phase 1 zu Phase 3); stellen Sie den Übergang auf Stufen, um den Wert zu verwenden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <extracomment>After the first problem of a change: how many others there are.</extracomment>
        <translation>
            <numerusform>(und %n weiteres)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LboPresentation</name>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Operating case</source>
        <translation>Operative Planung</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Base year (LTM at close)</source>
        <translation>Basisjahr (LTM zum Closing)</translation>
    </message>
    <message>
        <source>Projection years</source>
        <translation>Prognosejahre</translation>
    </message>
    <message>
        <source>Base-year revenue</source>
        <translation>Umsatz im Basisjahr</translation>
    </message>
    <message>
        <source>LTM EBITDA</source>
        <translation>EBITDA (LTM)</translation>
    </message>
    <message>
        <source>NWC at close</source>
        <translation>Nettoumlaufvermögen (NWC) zum Closing</translation>
    </message>
    <message>
        <source>Loss carry-forward</source>
        <translation>Verlustvortrag</translation>
    </message>
    <message>
        <source>on (losses offset later profit)</source>
        <translation>ein (Verluste werden mit späteren Gewinnen verrechnet)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Tax losses at close</source>
        <translation>Steuerlicher Verlustvortrag zum Closing</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <source>Multiple of LTM EBITDA</source>
        <translation>Multiple des EBITDA (LTM)</translation>
    </message>
    <message>
        <source>Enterprise value given</source>
        <translation>Unternehmenswert vorgegeben</translation>
    </message>
    <message>
        <source>Entry multiple (EV/EBITDA)</source>
        <translation>Entry-Multiple (EV/EBITDA)</translation>
    </message>
    <message>
        <source>Entry enterprise value</source>
        <translation>Unternehmenswert bei Einstieg</translation>
    </message>
    <message>
        <source>Transaction fees (% of EV)</source>
        <translation>Transaktionskosten (in % des EV)</translation>
    </message>
    <message>
        <source>Transaction fees (amount)</source>
        <translation>Transaktionskosten (Betrag)</translation>
    </message>
    <message>
        <source>Minimum cash</source>
        <translation>Mindestliquidität</translation>
    </message>
    <message>
        <source>Rollover equity</source>
        <translation>Rollover-Eigenkapital</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Closing-Datum</translation>
    </message>
    <message>
        <source>Interest on</source>
        <translation>Zinsbasis</translation>
    </message>
    <message>
        <source>Average balances (solved in the model)</source>
        <translation>Durchschnittsbestände (im Modell gelöst)</translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation>Anfangsbestände</translation>
    </message>
    <message>
        <source>Cash sweep</source>
        <translation>Cash Sweep</translation>
    </message>
    <message>
        <source>Interest on cash</source>
        <translation>Guthabenzins</translation>
    </message>
    <message>
        <source>Exit year</source>
        <translation>Exit-Jahr</translation>
    </message>
    <message>
        <source>Exit multiple (EV/EBITDA)</source>
        <translation>Exit-Multiple (EV/EBITDA)</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Exit-Datum</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Umsatzwachstum</translation>
    </message>
    <message>
        <source>EBITDA margin</source>
        <translation>EBITDA-Marge</translation>
    </message>
    <message>
        <source>D&amp;A % of revenue</source>
        <translation>Abschreibungen in % des Umsatzes</translation>
    </message>
    <message>
        <source>Capex % of revenue</source>
        <translation>Investitionen in % des Umsatzes</translation>
    </message>
    <message>
        <source>NWC % of revenue</source>
        <translation>NWC in % des Umsatzes</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Base rate (floating)</source>
        <translation>Referenzzinssatz (variabel)</translation>
    </message>
    <message>
        <source>Tranche %1</source>
        <translation>Tranche %1</translation>
    </message>
    <message>
        <source>debt tranche</source>
        <translation>Fremdkapitaltranche</translation>
    </message>
    <message>
        <source>Debt tranches, most senior first (the sweep repays in this order):</source>
        <translation>Fremdkapitaltranchen nach Rang, die vorrangigste zuerst (in dieser Reihenfolge tilgt der Cash Sweep):</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Revolver</source>
        <translation>Revolver</translation>
    </message>
    <message>
        <source>Term loan</source>
        <translation>Term Loan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anleihen</translation>
    </message>
    <message>
        <source>Mezzanine</source>
        <translation>Mezzanine</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Kreditrahmen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Verzinsung</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation>Festzinssatz</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Marge (Spread)</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>PIK rate</source>
        <translation>PIK-Zinssatz</translation>
    </message>
    <message>
        <source>Amortisation / year</source>
        <translation>Tilgung p. a.</translation>
    </message>
    <message>
        <source>Maturity (years)</source>
        <translation>Laufzeit (Jahre)</translation>
    </message>
    <message>
        <source>Prepayable</source>
        <translation>Vorzeitig rückzahlbar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>OID</source>
        <translation>Disagio (OID)</translation>
    </message>
    <message>
        <source>Financing fee</source>
        <translation>Finanzierungsgebühr</translation>
    </message>
    <message>
        <source>Undrawn fee</source>
        <translation>Bereitstellungsprovision</translation>
    </message>
    <message>
        <source>Sponsor IRR</source>
        <translation>Sponsor-IRR</translation>
    </message>
    <message>
        <source>Sponsor IRR on dates (XIRR)</source>
        <translation>Sponsor-IRR, taggenau (XIRR)</translation>
    </message>
    <message>
        <source>MOIC</source>
        <translation>MOIC</translation>
    </message>
    <message>
        <source>Sponsor equity</source>
        <translation>Sponsor-Eigenkapital</translation>
    </message>
    <message>
        <source>Entry multiple</source>
        <translation>Entry-Multiple</translation>
    </message>
    <message>
        <source>Exit enterprise value</source>
        <translation>Unternehmenswert beim Exit</translation>
    </message>
    <message>
        <source>Net debt at exit</source>
        <translation>Nettofinanzverschuldung beim Exit</translation>
    </message>
    <message>
        <source>Equity value at exit</source>
        <translation>Eigenkapitalwert beim Exit</translation>
    </message>
    <message>
        <source>Sponsor proceeds</source>
        <translation>Rückflüsse an den Sponsor</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>EBITDA</source>
        <translation>EBITDA</translation>
    </message>
    <message>
        <source>D&amp;A</source>
        <translation>Abschreibungen</translation>
    </message>
    <message>
        <source>EBIT</source>
        <translation>EBIT</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Investitionen (Capex)</translation>
    </message>
    <message>
        <source>Change in NWC</source>
        <translation>Veränderung des NWC</translation>
    </message>
    <message>
        <source>Cash interest</source>
        <translation>Zahlungswirksame Zinsen</translation>
    </message>
    <message>
        <source>PIK interest</source>
        <translation>PIK-Zinsen</translation>
    </message>
    <message>
        <source>OID and fee amortisation</source>
        <translation>Auflösung Disagio (OID) und Finanzierungsgebühren</translation>
    </message>
    <message>
        <source>Interest income</source>
        <translation>Zinserträge</translation>
    </message>
    <message>
        <source>Pre-tax income</source>
        <translation>Ergebnis vor Steuern (EBT)</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Tax losses carried forward</source>
        <translation>Steuerlicher Verlustvortrag</translation>
    </message>
    <message>
        <source>Net income</source>
        <translation>Jahresergebnis</translation>
    </message>
    <message>
        <source>Cash at start</source>
        <translation>Zahlungsmittel am Jahresanfang</translation>
    </message>
    <message>
        <source>Cash flow for debt service</source>
        <translation>Cashflow für den Schuldendienst</translation>
    </message>
    <message>
        <source>Mandatory repayment</source>
        <translation>Pflichttilgung</translation>
    </message>
    <message>
        <source>Dividends</source>
        <translation>Ausschüttungen</translation>
    </message>
    <message>
        <source>Revolver drawn</source>
        <translation>Inanspruchnahme Revolver</translation>
    </message>
    <message>
        <source>Revolver repaid</source>
        <translation>Rückführung Revolver</translation>
    </message>
    <message>
        <source>Cash at end</source>
        <translation>Zahlungsmittel am Jahresende</translation>
    </message>
    <message>
        <source>Debt at end</source>
        <translation>Finanzschulden am Jahresende</translation>
    </message>
    <message>
        <source>Debt / EBITDA</source>
        <translation>Finanzschulden / EBITDA</translation>
    </message>
    <message>
        <source>Senior debt / EBITDA</source>
        <translation>Senior-Finanzschulden / EBITDA</translation>
    </message>
    <message>
        <source>EBITDA / cash interest</source>
        <translation>EBITDA / zahlungswirksame Zinsen</translation>
    </message>
    <message>
        <source>(EBITDA − capex) / cash interest</source>
        <translation>(EBITDA − Investitionen) / zahlungswirksame Zinsen</translation>
    </message>
    <message>
        <source>Cash flow / debt</source>
        <translation>Cashflow / Finanzschulden</translation>
    </message>
    <message>
        <source>Debt repaid since close</source>
        <translation>Seit Closing getilgter Anteil der Finanzschulden</translation>
    </message>
    <message>
        <source>The exit year %1 must lie within the projection (%2–%3).</source>
        <translation>Das Exit-Jahr %1 muss im Prognosezeitraum (%2–%3) liegen.</translation>
    </message>
    <message>
        <source>Transaction fees of %1 must be below the entry enterprise value (%2).</source>
        <translation>Die Transaktionskosten von %1 müssen unter dem Unternehmenswert bei Einstieg (%2) liegen.</translation>
    </message>
    <message>
        <source>Give the transaction fees as a percentage or as an amount, not both.</source>
        <translation>Geben Sie die Transaktionskosten entweder in Prozent oder als Betrag an, nicht beides.</translation>
    </message>
    <message>
        <source>The revolver&apos;s amount drawn at close (%1) is more than its commitment (%2).</source>
        <translation>Die Inanspruchnahme des Revolvers zum Closing (%1) übersteigt seinen Kreditrahmen (%2).</translation>
    </message>
    <message>
        <source>Must be 0 for a revolver: it is drawn and repaid from cash.</source>
        <translation>Muss bei einem Revolver 0 sein: Er wird nach Liquiditätsbedarf in Anspruch genommen und aus Zahlungsmitteln zurückgeführt.</translation>
    </message>
    <message>
        <source>Not used by this tranche&apos;s type or rate.</source>
        <translation>Wird bei der Art oder Verzinsung dieser Tranche nicht verwendet.</translation>
    </message>
    <message>
        <source>Not used: the loss carry-forward is off.</source>
        <translation>Wird nicht verwendet: Der Verlustvortrag ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The exit date %1 must be after the closing date %2.</source>
        <translation>Das Exit-Datum %1 muss nach dem Closing-Datum %2 liegen.</translation>
    </message>
    <message>
        <source>The IRR on dates needs both the closing and the exit date; only the yearly IRR is given.</source>
        <translation>Die taggenaue IRR (XIRR) erfordert sowohl das Closing- als auch das Exit-Datum; angegeben wird nur die jährliche IRR.</translation>
    </message>
    <message>
        <source>The debt (%1) and rollover equity (%2) cover all uses (%3), leaving sponsor equity of %4; lower the tranches.</source>
        <translation>Finanzschulden (%1) und Rollover-Eigenkapital (%2) decken die gesamte Mittelverwendung (%3) ab, sodass ein Sponsor-Eigenkapital von %4 verbleibt; verringern Sie die Tranchen.</translation>
    </message>
    <message>
        <source>In %1 cash falls %2 short of debt service, dividends and the minimum cash, beyond what a revolver can draw; add or enlarge a revolver, or lower the debt.</source>
        <translation>Im Jahr %1 fehlen für Schuldendienst, Ausschüttungen und Mindestliquidität %2 an Zahlungsmitteln, mehr als ein Revolver bereitstellen kann; fügen Sie einen Revolver hinzu oder erhöhen Sie seinen Kreditrahmen, oder verringern Sie die Finanzschulden.</translation>
    </message>
    <message>
        <source>In %1, after the exit, cash would fall %2 short of debt service; the projection stops before that year. The returns are unaffected.</source>
        <translation>Im Jahr %1, nach dem Exit, würden für den Schuldendienst %2 an Zahlungsmitteln fehlen; die Prognose endet vor diesem Jahr. Die Renditen sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>Interest on average balances did not settle in %1; use interest on opening balances.</source>
        <translation>Die Zinsberechnung auf Durchschnittsbestände ist im Jahr %1 nicht konvergiert; berechnen Sie die Zinsen auf Anfangsbestände.</translation>
    </message>
    <message>
        <source>Net debt at exit (%1) exceeds the exit enterprise value (%2): the equity is worth nothing at exit.</source>
        <translation>Die Nettofinanzverschuldung beim Exit (%1) übersteigt den Unternehmenswert beim Exit (%2): Das Eigenkapital ist beim Exit wertlos.</translation>
    </message>
    <message>
        <source>The model overflowed: the inputs compound to numbers beyond floating point (check growth rates and years).</source>
        <translation>Das Modell ist übergelaufen: Die Eingaben ergeben Zahlen jenseits des Gleitkommabereichs (prüfen Sie Wachstumsraten und Jahre).</translation>
    </message>
    <message>
        <source>Operating case and income</source>
        <translation>Operative Planung und Ergebnisrechnung</translation>
    </message>
    <message>
        <source>Cash and debt service</source>
        <translation>Liquidität und Schuldendienst</translation>
    </message>
    <message>
        <source>Credit statistics</source>
        <translation>Kreditkennzahlen</translation>
    </message>
    <message>
        <source>Not valued: no sponsor equity</source>
        <translation>Nicht bewertet: kein Sponsor-Eigenkapital</translation>
    </message>
    <message>
        <source>Not valued: cash shortfall</source>
        <translation>Nicht bewertet: Liquiditätslücke</translation>
    </message>
    <message>
        <source>Not valued: interest not settled</source>
        <translation>Nicht bewertet: Zinsberechnung nicht konvergiert</translation>
    </message>
    <message>
        <source>Not used: no tranche pays a floating rate.</source>
        <translation>Wird nicht verwendet: keine Tranche ist variabel verzinst.</translation>
    </message>
    <message>
        <source>The closing and exit dates span %1 years, but the exit year holds the investment %2 years; the IRR on dates uses the dates.</source>
        <translation>Closing- und Exit-Datum liegen %1 Jahre auseinander, das Exit-Jahr ergibt aber eine Haltedauer von %2 Jahren; die taggenaue IRR verwendet die Daten.</translation>
    </message>
    <message>
        <source>Not valued: breaks a rule of the model</source>
        <translation>Nicht bewertet: verletzt eine Regel des Modells</translation>
    </message>
</context>
<context>
    <name>LboView</name>
    <message>
        <source>LBO</source>
        <translation>LBO</translation>
    </message>
</context>
<context>
    <name>MaPresentation</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Share price</source>
        <translation>Aktienkurs</translation>
    </message>
    <message>
        <source>Diluted shares</source>
        <translation>Verwässerte Aktien</translation>
    </message>
    <message>
        <source>Net income</source>
        <translation>Jahresergebnis</translation>
    </message>
    <message>
        <source>The same every year</source>
        <translation>Jedes Jahr gleich</translation>
    </message>
    <message>
        <source>Per year (in the grid)</source>
        <translation>Je Jahr (in der Tabelle)</translation>
    </message>
    <message>
        <source>Base year and growth</source>
        <translation>Basisjahr und Wachstum</translation>
    </message>
    <message>
        <source>Net income every year</source>
        <translation>Jahresergebnis (alle Jahre)</translation>
    </message>
    <message>
        <source>Net income, base year</source>
        <translation>Jahresergebnis im Basisjahr</translation>
    </message>
    <message>
        <source>Net income growth</source>
        <translation>Wachstum des Jahresergebnisses</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Zahlungsmittel</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Finanzschulden</translation>
    </message>
    <message>
        <source>Interest rate on debt</source>
        <translation>Zinssatz der Finanzschulden</translation>
    </message>
    <message>
        <source>Pro-forma years</source>
        <translation>Pro-forma-Jahre</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Erwerber</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielunternehmen</translation>
    </message>
    <message>
        <source>Offer and consideration</source>
        <translation>Angebot und Gegenleistung</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Purchase price allocation</source>
        <translation>Kaufpreisallokation</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergien</translation>
    </message>
    <message>
        <source>Base year (before close)</source>
        <translation>Basisjahr (vor Closing)</translation>
    </message>
    <message>
        <source>Marginal tax rate</source>
        <translation>Grenzsteuersatz</translation>
    </message>
    <message>
        <source>Tax rate (deferred tax on write-ups)</source>
        <translation>Steuersatz (latente Steuern auf Aufwertungen)</translation>
    </message>
    <message>
        <source>Book equity</source>
        <translation>Bilanzielles Eigenkapital</translation>
    </message>
    <message>
        <source>Existing goodwill</source>
        <translation>Bestehender Goodwill</translation>
    </message>
    <message>
        <source>Offer given as</source>
        <translation>Angebot vorgegeben als</translation>
    </message>
    <message>
        <source>Price per target share</source>
        <translation>Preis je Aktie des Zielunternehmens</translation>
    </message>
    <message>
        <source>Premium to share price</source>
        <translation>Prämie auf den Aktienkurs</translation>
    </message>
    <message>
        <source>Exchange ratio</source>
        <translation>Umtauschverhältnis</translation>
    </message>
    <message>
        <source>Offer price per share</source>
        <translation>Angebotspreis je Aktie</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>Acquirer shares per target share</source>
        <translation>Aktien des Erwerbers je Aktie des Zielunternehmens</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>In bar gezahlt</translation>
    </message>
    <message>
        <source>Paid in stock</source>
        <translation>In Aktien gezahlt</translation>
    </message>
    <message>
        <source>Issue discount on new shares</source>
        <translation>Emissionsabschlag auf neue Aktien</translation>
    </message>
    <message>
        <source>Issue price of new shares</source>
        <translation>Emissionspreis der neuen Aktien</translation>
    </message>
    <message>
        <source>Cash need funded by new debt</source>
        <translation>Mit neuen Finanzschulden finanzierter Anteil des Barmittelbedarfs</translation>
    </message>
    <message>
        <source>Rate on new debt</source>
        <translation>Zinssatz der neuen Finanzschulden</translation>
    </message>
    <message>
        <source>Financing fee (% of new debt)</source>
        <translation>Finanzierungsgebühr (in % der neuen Finanzschulden)</translation>
    </message>
    <message>
        <source>Financing fees amortised over (years)</source>
        <translation>Auflösung der Finanzierungsgebühren über (Jahre)</translation>
    </message>
    <message>
        <source>Interest foregone on cash used</source>
        <translation>Entgangener Guthabenzins auf eingesetzte Zahlungsmittel</translation>
    </message>
    <message>
        <source>Transaction fees (expensed at close)</source>
        <translation>Transaktionskosten (zum Closing als Aufwand erfasst)</translation>
    </message>
    <message>
        <source>Target&apos;s debt</source>
        <translation>Finanzschulden des Zielunternehmens</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Refinanced at close</source>
        <translation>Zum Closing refinanziert</translation>
    </message>
    <message>
        <source>Deal structure</source>
        <translation>Transaktionsstruktur</translation>
    </message>
    <message>
        <source>Stock deal (deferred tax on write-ups)</source>
        <translation>Share Deal (latente Steuern auf Aufwertungen)</translation>
    </message>
    <message>
        <source>Asset deal (write-ups deductible)</source>
        <translation>Asset Deal (Aufwertungen steuerlich abzugsfähig)</translation>
    </message>
    <message>
        <source>PP&amp;E write-up</source>
        <translation>Aufwertung der Sachanlagen (Step-up)</translation>
    </message>
    <message>
        <source>PP&amp;E life (years)</source>
        <translation>Nutzungsdauer der Sachanlagen (Jahre)</translation>
    </message>
    <message>
        <source>Identified intangibles</source>
        <translation>Identifizierte immaterielle Vermögenswerte</translation>
    </message>
    <message>
        <source>Intangibles life (years)</source>
        <translation>Nutzungsdauer der immateriellen Vermögenswerte (Jahre)</translation>
    </message>
    <message>
        <source>Cost synergies (run rate, pre-tax)</source>
        <translation>Kostensynergien (Run-Rate, vor Steuern)</translation>
    </message>
    <message>
        <source>Revenue synergies (run rate)</source>
        <translation>Umsatzsynergien (Run-Rate)</translation>
    </message>
    <message>
        <source>Margin on revenue synergies</source>
        <translation>Marge auf Umsatzsynergien</translation>
    </message>
    <message>
        <source>Acquirer net income</source>
        <translation>Jahresergebnis des Erwerbers</translation>
    </message>
    <message>
        <source>Target net income</source>
        <translation>Jahresergebnis des Zielunternehmens</translation>
    </message>
    <message>
        <source>Synergies realised (% of run rate)</source>
        <translation>Realisierte Synergien (in % der Run-Rate)</translation>
    </message>
    <message>
        <source>Integration costs</source>
        <translation>Integrationskosten</translation>
    </message>
    <message>
        <source>Acquirer revenue</source>
        <translation>Umsatz des Erwerbers</translation>
    </message>
    <message>
        <source>Target revenue</source>
        <translation>Umsatz des Zielunternehmens</translation>
    </message>
    <message>
        <source>Acquirer EBITDA</source>
        <translation>EBITDA des Erwerbers</translation>
    </message>
    <message>
        <source>Target EBITDA</source>
        <translation>EBITDA des Zielunternehmens</translation>
    </message>
    <message>
        <source>Accretion / dilution, year 1</source>
        <translation>EPS-Steigerung/-Verwässerung, Jahr 1</translation>
    </message>
    <message>
        <source>Accretion / dilution, year 2</source>
        <translation>EPS-Steigerung/-Verwässerung, Jahr 2</translation>
    </message>
    <message>
        <source>Accretion / dilution, year 3</source>
        <translation>EPS-Steigerung/-Verwässerung, Jahr 3</translation>
    </message>
    <message>
        <source>Accretion / dilution, year 4</source>
        <translation>EPS-Steigerung/-Verwässerung, Jahr 4</translation>
    </message>
    <message>
        <source>Accretion / dilution, year 5</source>
        <translation>EPS-Steigerung/-Verwässerung, Jahr 5</translation>
    </message>
    <message>
        <source>Pro-forma EPS, year 1</source>
        <translation>Pro-forma-EPS, Jahr 1</translation>
    </message>
    <message>
        <source>Standalone EPS, year 1</source>
        <translation>Stand-alone-EPS, Jahr 1</translation>
    </message>
    <message>
        <source>Break-even synergies, year 1</source>
        <translation>Break-even-Synergien, Jahr 1</translation>
    </message>
    <message>
        <source>Offer premium</source>
        <translation>Angebotsprämie</translation>
    </message>
    <message>
        <source>Purchase equity</source>
        <translation>Eigenkapitalkaufpreis</translation>
    </message>
    <message>
        <source>Enterprise value</source>
        <translation>Unternehmenswert (EV)</translation>
    </message>
    <message>
        <source>New shares issued</source>
        <translation>Neu ausgegebene Aktien</translation>
    </message>
    <message>
        <source>New debt</source>
        <translation>Neue Finanzschulden</translation>
    </message>
    <message>
        <source>Acquirer cash used</source>
        <translation>Eingesetzte Zahlungsmittel des Erwerbers</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <source>Target holders&apos; ownership</source>
        <translation>Beteiligungsquote der Aktionäre des Zielunternehmens</translation>
    </message>
    <message>
        <source>Pro-forma net income</source>
        <translation>Pro-forma-Jahresergebnis</translation>
    </message>
    <message>
        <source>Pro-forma shares</source>
        <translation>Pro-forma-Aktienanzahl</translation>
    </message>
    <message>
        <source>Standalone EPS</source>
        <translation>Stand-alone-EPS</translation>
    </message>
    <message>
        <source>Pro-forma EPS</source>
        <translation>Pro-forma-EPS</translation>
    </message>
    <message>
        <source>Accretion per share</source>
        <translation>Steigerung/Verwässerung je Aktie</translation>
    </message>
    <message>
        <source>Accretion / dilution</source>
        <translation>EPS-Steigerung/-Verwässerung</translation>
    </message>
    <message>
        <source>Break-even synergies (pre-tax)</source>
        <translation>Break-even-Synergien (vor Steuern)</translation>
    </message>
    <message>
        <source>Maximum EPS-neutral offer price</source>
        <translation>Maximaler EPS-neutraler Angebotspreis</translation>
    </message>
    <message>
        <source>Synergies realised (pre-tax)</source>
        <translation>Realisierte Synergien (vor Steuern)</translation>
    </message>
    <message>
        <source>Interest on new debt</source>
        <translation>Zinsen auf neue Finanzschulden</translation>
    </message>
    <message>
        <source>Financing fee amortisation</source>
        <translation>Auflösung der Finanzierungsgebühren</translation>
    </message>
    <message>
        <source>Interest foregone on cash</source>
        <translation>Entgangene Guthabenzinsen</translation>
    </message>
    <message>
        <source>New D&amp;A on write-ups</source>
        <translation>Zusätzliche Abschreibungen auf Aufwertungen</translation>
    </message>
    <message>
        <source>Refinanced interest saved</source>
        <translation>Ersparte Zinsen aus Refinanzierung</translation>
    </message>
    <message>
        <source>Adjustments after tax</source>
        <translation>Anpassungen nach Steuern</translation>
    </message>
    <message>
        <source>Target&apos;s share of revenue</source>
        <translation>Anteil des Zielunternehmens am Umsatz</translation>
    </message>
    <message>
        <source>Target&apos;s share of EBITDA</source>
        <translation>Anteil des Zielunternehmens am EBITDA</translation>
    </message>
    <message>
        <source>Target&apos;s share of net income</source>
        <translation>Anteil des Zielunternehmens am Jahresergebnis</translation>
    </message>
    <message>
        <source>Pro-forma net debt / EBITDA</source>
        <translation>Pro-forma-Nettofinanzverschuldung / EBITDA</translation>
    </message>
    <message>
        <source>Pro-forma EBITDA / interest</source>
        <translation>Pro-forma-EBITDA / Zinsen</translation>
    </message>
    <message>
        <source>The cash (%1) and stock (%2) shares of the consideration must sum to 100 %.</source>
        <translation>Bar- (%1) und Aktienanteil (%2) der Gegenleistung müssen zusammen 100 % ergeben.</translation>
    </message>
    <message>
        <source>Give the new shares&apos; issue price or a discount to the share price, not both.</source>
        <translation>Geben Sie entweder den Emissionspreis der neuen Aktien oder einen Abschlag auf den Aktienkurs an, nicht beides.</translation>
    </message>
    <message>
        <source>Not used: the offer is given another way.</source>
        <translation>Wird nicht verwendet: Das Angebot ist auf andere Weise vorgegeben.</translation>
    </message>
    <message>
        <source>Not used: no shares are issued in an all-cash deal.</source>
        <translation>Wird nicht verwendet: Bei einer reinen Barzahlung werden keine Aktien ausgegeben.</translation>
    </message>
    <message>
        <source>Not used: no new debt is raised.</source>
        <translation>Wird nicht verwendet: Es werden keine neuen Finanzschulden aufgenommen.</translation>
    </message>
    <message>
        <source>The acquirer&apos;s net income in %1 is 0: its standalone EPS is 0, so accretion/dilution is undefined.</source>
        <translation>Das Jahresergebnis des Erwerbers im Jahr %1 ist 0: Sein Ergebnis je Aktie (Stand-alone) ist 0, daher ist die EPS-Steigerung/-Verwässerung nicht definiert.</translation>
    </message>
    <message>
        <source>The acquirer&apos;s net income in %1 is negative: accretion is measured against the size of its loss per share.</source>
        <translation>Das Jahresergebnis des Erwerbers im Jahr %1 ist negativ: Die EPS-Steigerung wird am Betrag seines Verlusts je Aktie gemessen.</translation>
    </message>
    <message>
        <source>The cash funding (%1) exceeds the acquirer&apos;s cash (%2); fund more with new debt or stock.</source>
        <translation>Die Barfinanzierung (%1) übersteigt die Zahlungsmittel des Erwerbers (%2); finanzieren Sie einen größeren Teil mit neuen Finanzschulden oder Aktien.</translation>
    </message>
    <message>
        <source>Goodwill is negative (%1): a bargain purchase, recognised as a gain at close.</source>
        <translation>Der Goodwill ist negativ (%1): ein Erwerb unter Marktwert (Bargain Purchase), der zum Closing als Ertrag erfasst wird.</translation>
    </message>
    <message>
        <source>The combined company has no shares.</source>
        <translation>Das kombinierte Unternehmen hat keine Aktien.</translation>
    </message>
    <message>
        <source>The model overflowed: the inputs give numbers beyond floating point.</source>
        <translation>Das Modell ist übergelaufen: Die Eingaben ergeben Zahlen jenseits des Gleitkommabereichs.</translation>
    </message>
    <message>
        <source>Contribution and pro-forma credit statistics</source>
        <translation>Beitragsanalyse und Pro-forma-Kreditkennzahlen</translation>
    </message>
    <message>
        <source>Not valued: cash funding above the acquirer&apos;s cash</source>
        <translation>Nicht bewertet: Barfinanzierung übersteigt Zahlungsmittel des Erwerbers</translation>
    </message>
    <message>
        <source>Not valued: standalone EPS of 0</source>
        <translation>Nicht bewertet: Stand-alone-EPS von 0</translation>
    </message>
    <message>
        <source>Not with a fixed exchange ratio: the ratio sets the new shares at the acquirer&apos;s price.</source>
        <translation>Nicht bei festem Umtauschverhältnis: Das Verhältnis bestimmt die neuen Aktien zum Aktienkurs des Erwerbers.</translation>
    </message>
    <message>
        <source>At the maximum EPS-neutral price for %1 (%2 per share) the cash funding (%3) would exceed the acquirer&apos;s cash (%4).</source>
        <translation>Beim höchsten EPS-neutralen Preis für %1 (%2 je Aktie) würde die Barfinanzierung (%3) die Zahlungsmittel des Erwerbers (%4) übersteigen.</translation>
    </message>
    <message>
        <source>Not given: the contribution analysis needs both companies&apos; figures.</source>
        <translation>Nicht angegeben: Die Beitragsanalyse braucht die Zahlen beider Unternehmen.</translation>
    </message>
    <message>
        <source>Not given: the pro-forma interest cover needs a rate for every debt carried.</source>
        <translation>Nicht angegeben: Die Pro-forma-Zinsdeckung braucht einen Zinssatz für jede weitergeführte Finanzschuld.</translation>
    </message>
</context>
<context>
    <name>MaView</name>
    <message>
        <source>M&amp;A</source>
        <translation>M&amp;A</translation>
    </message>
</context>
<context>
    <name>MoneyCaption</name>
    <message>
        <source>%1 thousands</source>
        <extracomment>%1 is a currency code, e.g. &quot;USD thousands&quot;.</extracomment>
        <translation>Tsd. %1</translation>
    </message>
    <message>
        <source>%1 millions</source>
        <extracomment>%1 is a currency code, e.g. &quot;USD millions&quot;.</extracomment>
        <translation>Mio. %1</translation>
    </message>
    <message>
        <source>%1 billions</source>
        <extracomment>%1 is a currency code, e.g. &quot;USD billions&quot;.</extracomment>
        <translation>Mrd. %1</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>PortfolioPresentation</name>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Covariance and history</source>
        <translation>Kovarianz und Historie</translation>
    </message>
    <message>
        <source>Market risk</source>
        <translation>Marktrisiko</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Korrelationen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Minimum variance</source>
        <translation>Minimale Varianz</translation>
    </message>
    <message>
        <source>Maximum Sharpe ratio</source>
        <translation>Maximale Sharpe-Ratio</translation>
    </message>
    <message>
        <source>Target return</source>
        <translation>Zielrendite</translation>
    </message>
    <message>
        <source>Target volatility</source>
        <translation>Zielvolatilität</translation>
    </message>
    <message>
        <source>Risk parity</source>
        <translation>Risikoparität</translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation>Risikoloser Zinssatz</translation>
    </message>
    <message>
        <source>Frontier points</source>
        <translation>Punkte der Effizienzkurve</translation>
    </message>
    <message>
        <source>Covariance</source>
        <translation>Kovarianz</translation>
    </message>
    <message>
        <source>Typed (volatilities, correlations)</source>
        <translation>Eingegeben (Volatilitäten, Korrelationen)</translation>
    </message>
    <message>
        <source>Sample, from the history</source>
        <translation>Stichprobe, aus der Historie</translation>
    </message>
    <message>
        <source>EWMA (RiskMetrics), from the history</source>
        <translation>EWMA (RiskMetrics), aus der Historie</translation>
    </message>
    <message>
        <source>Ledoit–Wolf shrinkage, from the history</source>
        <translation>Ledoit-Wolf-Schrumpfung, aus der Historie</translation>
    </message>
    <message>
        <source>EWMA decay λ</source>
        <translation>EWMA-Abklingfaktor λ</translation>
    </message>
    <message>
        <source>History holds</source>
        <translation>Historie enthält</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Renditen</translation>
    </message>
    <message>
        <source>History rows per year</source>
        <translation>Zeilen der Historie je Jahr</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenzniveau</translation>
    </message>
    <message>
        <source>Horizon (trading days)</source>
        <translation>Horizont (Handelstage)</translation>
    </message>
    <message>
        <source>Portfolio value</source>
        <translation>Wert des Portfolios</translation>
    </message>
    <message>
        <source>Monte Carlo paths</source>
        <translation>Monte-Carlo-Pfade</translation>
    </message>
    <message>
        <source>Monte Carlo seed</source>
        <translation>Monte-Carlo-Startwert</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Anlage %1</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>Assets with their annual expected return and volatility, the limits on their weight, and their group:</source>
        <translation>Anlagen mit ihrer erwarteten jährlichen Rendite und Volatilität, den Grenzen ihres Gewichts und ihrer Gruppe:</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Erwartete Rendite</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilität</translation>
    </message>
    <message>
        <source>Min weight</source>
        <translation>Mindestgewicht</translation>
    </message>
    <message>
        <source>Max weight</source>
        <translation>Höchstgewicht</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Correlation %1</source>
        <translation>Korrelation %1</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Correlations between pairs of assets (a pair not listed is uncorrelated; used when the covariance is typed):</source>
        <translation>Korrelationen zwischen Paaren von Anlagen (ein nicht aufgeführtes Paar ist unkorreliert; verwendet, wenn die Kovarianz eingegeben ist):</translation>
    </message>
    <message>
        <source>and asset</source>
        <translation>und Anlage</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Limits on the total weight of a group of assets (a sector, a region); an asset names its group:</source>
        <translation>Grenzen für das Gesamtgewicht einer Gruppe von Anlagen (eine Branche, eine Region); eine Anlage nennt ihre Gruppe:</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>Sharpe-Ratio</translation>
    </message>
    <message>
        <source>VaR (normal)</source>
        <translation>VaR (normalverteilt)</translation>
    </message>
    <message>
        <source>Expected shortfall (normal)</source>
        <translation>Expected Shortfall (normalverteilt)</translation>
    </message>
    <message>
        <source>VaR amount (normal)</source>
        <translation>VaR-Betrag (normalverteilt)</translation>
    </message>
    <message>
        <source>Expected shortfall amount (normal)</source>
        <translation>Expected-Shortfall-Betrag (normalverteilt)</translation>
    </message>
    <message>
        <source>VaR (Cornish–Fisher)</source>
        <translation>VaR (Cornish-Fisher)</translation>
    </message>
    <message>
        <source>Expected shortfall (Cornish–Fisher)</source>
        <translation>Expected Shortfall (Cornish-Fisher)</translation>
    </message>
    <message>
        <source>VaR (historical)</source>
        <translation>VaR (historisch)</translation>
    </message>
    <message>
        <source>Expected shortfall (historical)</source>
        <translation>Expected Shortfall (historisch)</translation>
    </message>
    <message>
        <source>VaR (Monte Carlo)</source>
        <translation>VaR (Monte Carlo)</translation>
    </message>
    <message>
        <source>Expected shortfall (Monte Carlo)</source>
        <translation>Expected Shortfall (Monte Carlo)</translation>
    </message>
    <message>
        <source>A portfolio needs at least two assets.</source>
        <translation>Ein Portfolio braucht mindestens zwei Anlagen.</translation>
    </message>
    <message>
        <source>No weights meet every limit: the assets&apos; and groups&apos; minimum and maximum weights cannot add up to 100 %.</source>
        <translation>Keine Gewichtung erfüllt alle Grenzen: Die Mindest- und Höchstgewichte der Anlagen und Gruppen können sich nicht zu 100 % addieren.</translation>
    </message>
    <message>
        <source>The covariance matrix is not positive definite: a correlation does not fit the others, or an asset&apos;s risk is a mix of the others&apos;.</source>
        <translation>Die Kovarianzmatrix ist nicht positiv definit: Eine Korrelation passt nicht zu den übrigen, oder das Risiko einer Anlage ist eine Mischung aus dem der anderen.</translation>
    </message>
    <message>
        <source>The target is outside what the weight limits allow.</source>
        <translation>Das Ziel liegt außerhalb dessen, was die Gewichtsgrenzen zulassen.</translation>
    </message>
    <message>
        <source>No allowed portfolio returns more than the risk-free rate, so the maximum Sharpe ratio has no solution: the minimum-variance portfolio is shown instead.</source>
        <translation>Kein zulässiges Portfolio rentiert über dem risikolosen Zinssatz, daher hat die maximale Sharpe-Ratio keine Lösung: Stattdessen wird das Portfolio mit minimaler Varianz gezeigt.</translation>
    </message>
    <message>
        <source>Not valued: the covariance matrix is not positive definite</source>
        <translation>Nicht bewertet: Die Kovarianzmatrix ist nicht positiv definit</translation>
    </message>
    <message>
        <source>Not valued: no weights meet the limits</source>
        <translation>Nicht bewertet: Keine Gewichtung erfüllt die Grenzen</translation>
    </message>
    <message>
        <source>Not valued: not solved</source>
        <translation>Nicht bewertet: nicht gelöst</translation>
    </message>
    <message>
        <source>Line %1, column %2 has no value (gaps are not filled).</source>
        <translation>Zeile %1, Spalte %2 hat keinen Wert (Lücken werden nicht gefüllt).</translation>
    </message>
    <message>
        <source>Line %1, column %2: “%3” is not a number.</source>
        <translation>Zeile %1, Spalte %2: „%3“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a price must be above 0.</source>
        <translation>Zeile %1, Spalte %2: Ein Kurs muss über 0 liegen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a return must be above −1 (a loss of everything).</source>
        <translation>Zeile %1, Spalte %2: Eine Rendite muss über −1 liegen (dem Verlust von allem).</translation>
    </message>
    <message>
        <source>No column for the asset %1.</source>
        <translation>Keine Spalte für die Anlage %1.</translation>
    </message>
    <message>
        <source>Two columns are named %1.</source>
        <translation>Zwei Spalten heißen %1.</translation>
    </message>
    <message>
        <source>There is no header row.</source>
        <translation>Es gibt keine Kopfzeile.</translation>
    </message>
    <message>
        <source>It gives %1 returns; at least 3 are needed.</source>
        <translation>Sie ergibt %1 Renditen; mindestens 3 sind nötig.</translation>
    </message>
    <message>
        <source>The returns of %1 never change, so its risk cannot be estimated.</source>
        <translation>Die Renditen von %1 ändern sich nie, daher lässt sich ihr Risiko nicht schätzen.</translation>
    </message>
    <message>
        <source>%1 returns of %2 assets give a singular covariance: give more returns than assets, or use Ledoit–Wolf shrinkage.</source>
        <translation>%1 Renditen von %2 Anlagen ergeben eine singuläre Kovarianz: Geben Sie mehr Renditen als Anlagen an, oder verwenden Sie die Ledoit-Wolf-Schrumpfung.</translation>
    </message>
    <message>
        <source>The columns %1 are not assets of the portfolio and are left out.</source>
        <translation>Die Spalten %1 sind keine Anlagen des Portfolios und werden ausgelassen.</translation>
    </message>
    <message>
        <source>Another one is already named %1.</source>
        <translation>Ein anderer Eintrag heißt bereits %1.</translation>
    </message>
    <message>
        <source>There is no asset named %1.</source>
        <translation>Es gibt keine Anlage namens %1.</translation>
    </message>
    <message>
        <source>There is no group named %1.</source>
        <translation>Es gibt keine Gruppe namens %1.</translation>
    </message>
    <message>
        <source>Names the same asset twice (its correlation with itself is 1).</source>
        <translation>Nennt dieselbe Anlage zweimal (ihre Korrelation mit sich selbst ist 1).</translation>
    </message>
    <message>
        <source>The pair %1 / %2 is listed twice.</source>
        <translation>Das Paar %1 / %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Must not be below the minimum weight.</source>
        <translation>Darf nicht unter dem Mindestgewicht liegen.</translation>
    </message>
    <message>
        <source>Not used: the covariance is estimated from the history.</source>
        <translation>Nicht verwendet: Die Kovarianz wird aus der Historie geschätzt.</translation>
    </message>
    <message>
        <source>Risk parity does not apply the weight limits: the weight here, %1, is outside them.</source>
        <translation>Die Risikoparität wendet die Gewichtsgrenzen nicht an: Das Gewicht hier, %1, liegt außerhalb.</translation>
    </message>
    <message>
        <source>The history&apos;s skewness and excess kurtosis over the horizon lie where the Cornish–Fisher expansion is no quantile function: its VaR and expected shortfall are not shown.</source>
        <translation>Schiefe und Überschusskurtosis der Historie über den Horizont liegen dort, wo die Cornish-Fisher-Entwicklung keine Quantilfunktion ist: Ihr VaR und Expected Shortfall werden nicht gezeigt.</translation>
    </message>
    <message>
        <source>The efficient frontier could not be drawn.</source>
        <translation>Die Effizienzkurve ließ sich nicht zeichnen.</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, stage 1</source>
        <translation>%1, Phase 1</translation>
    </message>
    <message>
        <source>%1, stage 2</source>
        <translation>%1, Phase 2</translation>
    </message>
    <message>
        <source>%1, stage 3</source>
        <translation>%1, Phase 3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>units</source>
        <translation>volle Beträge</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 by year</source>
        <translation>%1 je Jahr</translation>
    </message>
    <message>
        <source>%1, how it is given</source>
        <translation>%1, Art der Angabe</translation>
    </message>
    <message>
        <source>%1, years in stage 1</source>
        <translation>%1, Jahre in Phase 1</translation>
    </message>
    <message>
        <source>%1, years in stage 2</source>
        <translation>%1, Jahre in Phase 2</translation>
    </message>
    <message>
        <source>%1, fade</source>
        <translation>%1, Übergang</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>je Jahr</translation>
    </message>
    <message>
        <source>in stages</source>
        <translation>in Phasen</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>EBITDA</source>
        <translation>EBITDA</translation>
    </message>
    <message>
        <source>EBIT</source>
        <translation>EBIT</translation>
    </message>
    <message>
        <source>D&amp;A</source>
        <translation>Abschreibungen</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Investitionen (Capex)</translation>
    </message>
    <message>
        <source>Net working capital</source>
        <translation>Nettoumlaufvermögen</translation>
    </message>
    <message>
        <source>Income taxes</source>
        <translation>Ertragsteuern</translation>
    </message>
    <message>
        <source>Net income</source>
        <translation>Jahresüberschuss</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Finanzschulden</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Zahlungsmittel</translation>
    </message>
    <message>
        <source>Shares outstanding</source>
        <translation>Ausstehende Aktien</translation>
    </message>
    <message>
        <source>Historical actuals</source>
        <translation>Ist-Zahlen der Vorjahre</translation>
    </message>
    <message>
        <source>%1, actual %2</source>
        <extracomment>An actual figure of a past year: &quot;Revenue, actual 2024&quot;.</extracomment>
        <translation>%1, Ist %2</translation>
    </message>
    <message>
        <source>%1, actuals</source>
        <translation>%1, Ist-Zahlen</translation>
    </message>
    <message>
        <source>%1, source of the actuals</source>
        <translation>%1, Quelle der Ist-Zahlen</translation>
    </message>
    <message>
        <source>Shareholders&apos; equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Working capital</source>
        <translation>Working Capital</translation>
    </message>
    <message>
        <source>Retained earnings</source>
        <translation>Gewinnrücklagen</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>Bilanzsumme</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>Verbindlichkeiten gesamt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last version saved</source>
        <translation>Zuletzt gespeicherte Version</translation>
    </message>
</context>
<context>
    <name>RealOptionPresentation</name>
    <message>
        <source>Underlying</source>
        <translation>Basiswert</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Volatility and rates</source>
        <translation>Volatilität und Zinsen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Option to delay (call on the project)</source>
        <translation>Option zu warten (Call auf das Projekt)</translation>
    </message>
    <message>
        <source>Option to expand (call on the expansion)</source>
        <translation>Option zu erweitern (Call auf die Erweiterung)</translation>
    </message>
    <message>
        <source>Option to abandon (put at salvage value)</source>
        <translation>Option aufzugeben (Put zum Liquidationswert)</translation>
    </message>
    <message>
        <source>Call option</source>
        <translation>Kaufoption (Call)</translation>
    </message>
    <message>
        <source>Put option</source>
        <translation>Verkaufsoption (Put)</translation>
    </message>
    <message>
        <source>Exercise price</source>
        <translation>Ausübungspreis</translation>
    </message>
    <message>
        <source>Years to expiry</source>
        <translation>Jahre bis Verfall</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ausübung</translation>
    </message>
    <message>
        <source>At expiry only (Black–Scholes–Merton)</source>
        <translation>Nur bei Verfall (Black–Scholes–Merton)</translation>
    </message>
    <message>
        <source>At any time (binomial tree)</source>
        <translation>Jederzeit (Binomialbaum)</translation>
    </message>
    <message>
        <source>Tree steps</source>
        <translation>Schritte des Baums</translation>
    </message>
    <message>
        <source>Share the option is on</source>
        <translation>Anteil für die Option</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilität</translation>
    </message>
    <message>
        <source>Risk-free rate</source>
        <translation>Risikoloser Zinssatz</translation>
    </message>
    <message>
        <source>Yield (cost of delay)</source>
        <translation>Rendite (Kosten des Wartens)</translation>
    </message>
    <message>
        <source>Market price of the option</source>
        <translation>Marktpreis der Option</translation>
    </message>
    <message>
        <source>Option value</source>
        <translation>Optionswert</translation>
    </message>
    <message>
        <source>Underlying the option is on</source>
        <translation>Basiswert der Option</translation>
    </message>
    <message>
        <source>Net value of exercising today</source>
        <translation>Nettowert bei Ausübung heute</translation>
    </message>
    <message>
        <source>Intrinsic value</source>
        <translation>Innerer Wert</translation>
    </message>
    <message>
        <source>Time value</source>
        <translation>Zeitwert</translation>
    </message>
    <message>
        <source>European value (Black–Scholes–Merton)</source>
        <translation>Europäischer Wert (Black–Scholes–Merton)</translation>
    </message>
    <message>
        <source>Early-exercise premium</source>
        <translation>Prämie der vorzeitigen Ausübung</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Vega (per point of volatility)</source>
        <translation>Vega (je Prozentpunkt Volatilität)</translation>
    </message>
    <message>
        <source>Theta (per year)</source>
        <translation>Theta (je Jahr)</translation>
    </message>
    <message>
        <source>Rho (per point of rate)</source>
        <translation>Rho (je Prozentpunkt Zins)</translation>
    </message>
    <message>
        <source>Risk-neutral probability of exercise</source>
        <translation>Risikoneutrale Ausübungswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>d1</source>
        <translation>d1</translation>
    </message>
    <message>
        <source>d2</source>
        <translation>d2</translation>
    </message>
    <message>
        <source>Tree&apos;s up-move probability</source>
        <translation>Aufwärtswahrscheinlichkeit des Baums</translation>
    </message>
    <message>
        <source>Implied volatility</source>
        <translation>Implizite Volatilität</translation>
    </message>
    <message>
        <source>At least %1 steps for these inputs: with fewer, the tree&apos;s up-move probability falls outside 0 to 1.</source>
        <translation>Mindestens %1 Schritte für diese Eingaben: mit weniger liegt die Aufwärtswahrscheinlichkeit des Baums außerhalb von 0 bis 1.</translation>
    </message>
    <message>
        <source>No volatility gives the price %1: the option is worth %2 even at almost no volatility.</source>
        <translation>Keine Volatilität ergibt den Preis %1: Die Option ist schon bei fast keiner Volatilität %2 wert.</translation>
    </message>
    <message>
        <source>No volatility gives the price %1: the option is worth only %2 at a volatility of 500 %.</source>
        <translation>Keine Volatilität ergibt den Preis %1: Die Option ist selbst bei 500 % Volatilität nur %2 wert.</translation>
    </message>
    <message>
        <source>The search for the volatility that gives the price %1 did not converge.</source>
        <translation>Die Suche nach der Volatilität zum Preis %1 ist nicht konvergiert.</translation>
    </message>
    <message>
        <source>The option could not be valued: the inputs give numbers beyond floating point.</source>
        <translation>Die Option kann nicht bewertet werden: Die Eingaben ergeben Zahlen jenseits der Gleitkommagenauigkeit.</translation>
    </message>
    <message>
        <source>Not valued: too few tree steps for these inputs</source>
        <translation>Nicht bewertet: zu wenige Schritte des Baums für diese Eingaben</translation>
    </message>
    <message>
        <source>Underlying value</source>
        <translation>Wert des Basiswerts</translation>
    </message>
    <message>
        <source>Exercising today is worth %1, more than holding the option to expiry (%2): the yield outweighs waiting. With exercise at any time it may be worth exercising early.</source>
        <translation>Die Ausübung heute ist %1 wert, mehr als das Halten der Option bis zum Verfall (%2): Die Rendite überwiegt den Wert des Wartens. Mit jederzeitiger Ausübung kann sich eine vorzeitige Ausübung lohnen.</translation>
    </message>
</context>
<context>
    <name>RealOptionView</name>
    <message>
        <source>Real Option</source>
        <translation>Realoption</translation>
    </message>
</context>
<context>
    <name>ScenarioReport</name>
    <message>
        <source>%1 scenario, %2</source>
        <extracomment>The cover&apos;s subtitle: the model kind and the unit of its amounts (&quot;DCF scenario, USD millions&quot;).</extracomment>
        <translation>%1-Szenario, %2</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>the scenario cannot be valued; fix its errors first</source>
        <translation>das Szenario lässt sich nicht bewerten; beheben Sie zuerst seine Fehler</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Je Jahr</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Revision %1 · content %2</source>
        <translation>Revision %1 · Inhalt %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 scenario; inputs in %2, results in %3</source>
        <extracomment>The cover&apos;s subtitle when results are shown in another unit than the inputs.</extracomment>
        <translation>%1-Szenario; Eingaben in %2, Ergebnisse in %3</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Save Table as CSV</source>
        <translation>Tabelle als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>valor::ui::AccretionChart</name>
    <message>
        <source>EPS accretion / dilution</source>
        <translation>EPS-Steigerung/-Verwässerung</translation>
    </message>
    <message>
        <source>Accretive</source>
        <translation>Steigernd</translation>
    </message>
    <message>
        <source>Dilutive</source>
        <translation>Verwässernd</translation>
    </message>
</context>
<context>
    <name>valor::ui::ActualsModel</name>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1A</source>
        <extracomment>A column of reported figures: &quot;2024A&quot; (A for actual), as statements head them.</extracomment>
        <translation>%1 Ist</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>valor::ui::ActualsPanel</name>
    <message>
        <source>&amp;Import Statement…</source>
        <translation>Abschluss &amp;importieren…</translation>
    </message>
    <message>
        <source>Add Earlier &amp;Year</source>
        <translation>Früheres &amp;Jahr hinzufügen</translation>
    </message>
    <message>
        <source>Use History as &amp;Drivers…</source>
        <translation>Historie als &amp;Treiber verwenden…</translation>
    </message>
    <message>
        <source>Historical actuals</source>
        <translation>Ist-Zahlen der Vorjahre</translation>
    </message>
    <message>
        <source>Reported figures in %1, a column per fiscal year: type over a figure or import a statement. The ratios under them are computed from the figures.</source>
        <translation>Berichtete Zahlen in %1, eine Spalte je Geschäftsjahr: Zahlen überschreiben oder einen Abschluss importieren. Die Kennzahlen darunter werden aus den Zahlen berechnet.</translation>
    </message>
    <message>
        <source>Make %1 the &amp;Base Year</source>
        <translation>%1 zum &amp;Basisjahr machen</translation>
    </message>
    <message>
        <source>Make the Last Actual Year the &amp;Base Year</source>
        <translation>Letztes Ist-Jahr zum &amp;Basisjahr machen</translation>
    </message>
    <message>
        <source>The model&apos;s base year becomes the last year with reported revenue, and its base figures that year&apos;s actuals.</source>
        <translation>Das Basisjahr des Modells wird das letzte Jahr mit berichtetem Umsatz, seine Basiswerte die Ist-Zahlen dieses Jahres.</translation>
    </message>
    <message>
        <source>%1 is already the base year, with its actuals.</source>
        <translation>%1 ist bereits das Basisjahr, mit seinen Ist-Zahlen.</translation>
    </message>
    <message>
        <source>%1 is now the base year.</source>
        <translation>%1 ist jetzt das Basisjahr.</translation>
    </message>
    <message>
        <source>From its actuals: %1.</source>
        <translation>Aus seinen Ist-Zahlen: %1.</translation>
    </message>
    <message>
        <source>Kept as they were, with no %1 figure: %2.</source>
        <translation>Unverändert, da ohne Zahl für %1: %2.</translation>
    </message>
    <message>
        <source>New projection years take the nearest year&apos;s driver: %1.</source>
        <translation>Neue Planjahre übernehmen den Treiber des nächstgelegenen Jahres: %1.</translation>
    </message>
    <message>
        <source>Fetch from SEC EDGA&amp;R…</source>
        <translation>Von SEC EDGA&amp;R abrufen…</translation>
    </message>
    <message>
        <source>The annual figures of a company filing with the US SEC</source>
        <translation>Die Jahreszahlen eines Unternehmens, das bei der US-SEC berichtet</translation>
    </message>
</context>
<context>
    <name>valor::ui::AllocationChart</name>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share of risk</source>
        <translation>Anteil am Risiko</translation>
    </message>
    <message>
        <source>% of the portfolio</source>
        <translation>% des Portfolios</translation>
    </message>
    <message>
        <source>Weights and shares of risk (the %1 largest of %2 assets)</source>
        <translation>Gewichte und Anteile am Risiko (die %1 größten von %2 Anlagen)</translation>
    </message>
    <message>
        <source>Weights and shares of risk</source>
        <translation>Gewichte und Anteile am Risiko</translation>
    </message>
</context>
<context>
    <name>valor::ui::AnalyticsPanel</name>
    <message>
        <source>&amp;Monte Carlo</source>
        <translation>&amp;Monte-Carlo-Simulation</translation>
    </message>
    <message>
        <source>&amp;Sensitivity</source>
        <translation>Sens&amp;itivität</translation>
    </message>
    <message>
        <source>&amp;Tornado</source>
        <translation>&amp;Tornado</translation>
    </message>
    <message>
        <source>&amp;Goal Seek</source>
        <translation>&amp;Zielwertsuche</translation>
    </message>
</context>
<context>
    <name>valor::ui::AuditTrailPage</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt…</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be read.</source>
        <translation>Die Antwort des Servers ist nicht lesbar.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Revision %1: %2</source>
        <translation>Revision %1: %2</translation>
    </message>
    <message>
        <source>Shared with %1 (%2)</source>
        <translation>Geteilt mit %1 (%2)</translation>
    </message>
    <message>
        <source>No longer shared with %1</source>
        <translation>Nicht mehr geteilt mit %1</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source> (replaced a colleague&apos;s value)</source>
        <translation> (ersetzte den Wert einer Kollegin oder eines Kollegen)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts verzeichnet.</translation>
    </message>
</context>
<context>
    <name>valor::ui::BridgePage</name>
    <message>
        <source>Choose two scenarios to compare.</source>
        <translation>Wählen Sie zwei Szenarien zum Vergleich aus.</translation>
    </message>
    <message>
        <source>Choose two different scenarios: the bridge explains the change from one to the other.</source>
        <translation>Wählen Sie zwei verschiedene Szenarien aus: Die Wertbrücke erklärt die Veränderung vom einen zum anderen.</translation>
    </message>
    <message>
        <source>A value bridge needs two scenarios of the same model kind. The Outputs tab compares these two.</source>
        <translation>Eine Wertbrücke erfordert zwei Szenarien derselben Modellart. Der Tab „Zielgrößen“ vergleicht diese beiden.</translation>
    </message>
    <message>
        <source>The two scenarios state money in a different currency or unit, so their values cannot be bridged.</source>
        <translation>Die beiden Szenarien geben Geldbeträge in unterschiedlicher Währung oder Einheit an; zwischen ihren Werten ist daher keine Wertbrücke möglich.</translation>
    </message>
    <message>
        <source>On the way from one scenario to the other, a mix of their inputs cannot be valued: %1 Try another order, or the other method.</source>
        <translation>Auf dem Weg vom einen zum anderen Szenario lässt sich eine Mischung ihrer Eingangsgrößen nicht bewerten: %1 Versuchen Sie eine andere Reihenfolge oder die andere Methode.</translation>
    </message>
    <message>
        <source>Each step is the change when its inputs take the second scenario&apos;s values, after the steps above it; drag the groups (or Alt+Up, Alt+Down) to change the order.</source>
        <translation>Jeder Schritt ist die Veränderung, wenn seine Eingangsgrößen nach den Schritten darüber die Werte des zweiten Szenarios annehmen; ziehen Sie die Gruppen (oder Alt+Pfeil nach oben, Alt+Pfeil nach unten), um die Reihenfolge zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Each step is the group&apos;s average effect over every order of the groups (Shapley values, exact over %n states).</source>
        <translation>
            <numerusform>Jeder Schritt ist die durchschnittliche Wirkung der Gruppe über alle Reihenfolgen der Gruppen (Shapley-Werte, exakt berechnet aus %n Zustand).</numerusform>
            <numerusform>Jeder Schritt ist die durchschnittliche Wirkung der Gruppe über alle Reihenfolgen der Gruppen (Shapley-Werte, exakt berechnet aus %n Zuständen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each step is the group&apos;s average effect over %n sampled orders (Shapley values); ± is one standard error.</source>
        <translation>
            <numerusform>Jeder Schritt ist die durchschnittliche Wirkung der Gruppe über %n zufällig gezogene Reihenfolge (Shapley-Werte); ± entspricht einem Standardfehler.</numerusform>
            <numerusform>Jeder Schritt ist die durchschnittliche Wirkung der Gruppe über %n zufällig gezogene Reihenfolgen (Shapley-Werte); ± entspricht einem Standardfehler.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4. %5</source>
        <translation>%1: %2 → %3, %4. %5</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Raises</source>
        <translation>Erhöhung</translation>
    </message>
    <message>
        <source>Lowers</source>
        <translation>Verringerung</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>r%1 %2, %3: %4</source>
        <extracomment>One change behind a bridge step: revision, author, time, and the change&apos;s label.</extracomment>
        <translation>r%1 %2, %3: %4</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>Ziel&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>O&amp;rder of the steps:</source>
        <translation>&amp;Reihenfolge der Schritte:</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Sequenziell</translation>
    </message>
    <message>
        <source>Shapley (average over orders)</source>
        <translation>Shapley (Durchschnitt über alle Reihenfolgen)</translation>
    </message>
    <message>
        <source>Scenario the bridge starts from</source>
        <translation>Szenario, von dem die Wertbrücke ausgeht</translation>
    </message>
    <message>
        <source>Scenario the bridge ends at</source>
        <translation>Szenario, bei dem die Wertbrücke endet</translation>
    </message>
    <message>
        <source>Output the bridge explains</source>
        <translation>Zielgröße, deren Veränderung die Wertbrücke erklärt</translation>
    </message>
    <message>
        <source>How the change is split between input groups</source>
        <translation>Wie die Veränderung auf die Gruppen von Eingangsgrößen aufgeteilt wird</translation>
    </message>
    <message>
        <source>Order of the sequential steps</source>
        <translation>Reihenfolge der sequenziellen Schritte</translation>
    </message>
    <message>
        <source>Bridge steps</source>
        <translation>Schritte der Wertbrücke</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingangsgrößen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>valor::ui::CompareWindow</name>
    <message numerus="yes">
        <source>At most %n scenarios can be compared at once.</source>
        <translation>
            <numerusform>Es kann höchstens %n Szenario gleichzeitig verglichen werden.</numerusform>
            <numerusform>Es können höchstens %n Szenarien gleichzeitig verglichen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Tick two to six scenarios to compare them.</source>
        <translation>Kreuzen Sie zwei bis sechs Szenarien an, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <source>&amp;Scenarios (tick two to six; the first is the base):</source>
        <translation>&amp;Szenarien (zwei bis sechs ankreuzen; das erste ist die Basis):</translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation>Zu vergleichende Szenarien</translation>
    </message>
    <message>
        <source>&amp;Outputs</source>
        <translation>&amp;Zielgrößen</translation>
    </message>
    <message>
        <source>&amp;Inputs</source>
        <translation>&amp;Eingangsgrößen</translation>
    </message>
    <message>
        <source>&amp;Bridge</source>
        <translation>&amp;Wertbrücke</translation>
    </message>
    <message>
        <source>Only inputs that &amp;differ</source>
        <translation>Nur &amp;abweichende Eingangsgrößen</translation>
    </message>
    <message>
        <source>Outputs side by side</source>
        <translation>Zielgrößen nebeneinander</translation>
    </message>
    <message>
        <source>Inputs side by side</source>
        <translation>Eingangsgrößen nebeneinander</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Szenariovergleich</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
</context>
<context>
    <name>valor::ui::ConflictsDialog</name>
    <message>
        <source>Review Conflicts — %1</source>
        <translation>Konflikte prüfen — %1</translation>
    </message>
    <message>
        <source>Your edits below replaced a colleague&apos;s value on the server, or were refused by it. Keep yours, or take theirs back; either way the conflict is marked as reviewed.</source>
        <translation>Ihre Änderungen unten haben auf dem Server den Wert einer Kollegin oder eines Kollegen ersetzt oder wurden vom Server abgelehnt. Behalten Sie Ihren Wert oder übernehmen Sie den anderen wieder; in beiden Fällen gilt der Konflikt als geprüft.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>You saw</source>
        <translation>Sie sahen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Value per share
with yours</source>
        <translation>Wert je Aktie
mit Ihrem</translation>
    </message>
    <message>
        <source>Value per share
with theirs</source>
        <translation>Wert je Aktie
mit dem anderen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Anderen übernehmen</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Keine Konflikte zu prüfen.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>valor::ui::ContributionChart</name>
    <message>
        <source>Contribution against ownership</source>
        <translation>Beitrag im Vergleich zur Beteiligungsquote</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>EBITDA</source>
        <translation>EBITDA</translation>
    </message>
    <message>
        <source>Net income</source>
        <translation>Jahresergebnis</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Beteiligungsquote</translation>
    </message>
</context>
<context>
    <name>valor::ui::CreditChart</name>
    <message>
        <source>Leverage and interest cover</source>
        <translation>Verschuldungsgrad und Zinsdeckung</translation>
    </message>
    <message>
        <source>Debt / EBITDA</source>
        <translation>Finanzschulden / EBITDA</translation>
    </message>
    <message>
        <source>EBITDA / cash interest</source>
        <translation>EBITDA / zahlungswirksame Zinsen</translation>
    </message>
    <message>
        <source>times</source>
        <translation>x-fach</translation>
    </message>
</context>
<context>
    <name>valor::ui::CreditResults</name>
    <message>
        <source>Altman score %1: distress zone (below %2).</source>
        <translation>Altman-Wert %1: Gefahrenzone (unter %2).</translation>
    </message>
    <message>
        <source>Altman score %1: grey zone (%2 to %3).</source>
        <translation>Altman-Wert %1: Graubereich (%2 bis %3).</translation>
    </message>
    <message>
        <source>Altman score %1: safe zone (above %2).</source>
        <translation>Altman-Wert %1: sichere Zone (über %2).</translation>
    </message>
</context>
<context>
    <name>valor::ui::DebtPaydownChart</name>
    <message>
        <source>Debt by tranche at year end</source>
        <translation>Finanzschulden je Tranche am Jahresende</translation>
    </message>
</context>
<context>
    <name>valor::ui::Document</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message numerus="yes">
        <source>A colleague changed %n field(s) since; not undone, but kept in Sync ▸ Review Conflicts</source>
        <translation>
            <numerusform>Ein Kollege hat seither %n Feld geändert; nicht rückgängig gemacht, sondern unter Abgleich ▸ Konflikte prüfen abgelegt</numerusform>
            <numerusform>Ein Kollege hat seither %n Felder geändert; nicht rückgängig gemacht, sondern unter Abgleich ▸ Konflikte prüfen abgelegt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::DriverKindDialog</name>
    <message>
        <source>%1 in stages</source>
        <translation>%1 in Phasen</translation>
    </message>
    <message>
        <source>%1 as a constant</source>
        <translation>%1 als Konstante</translation>
    </message>
    <message>
        <source>&amp;Value, every year:</source>
        <translation>&amp;Wert, jedes Jahr:</translation>
    </message>
    <message>
        <source> years</source>
        <comment>after a number of years</comment>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Linear: moves from stage 1 to stage 3 in equal steps</source>
        <translation>Linear: von Phase 1 zu Phase 3 in gleichen Schritten</translation>
    </message>
    <message>
        <source>Step: holds a value of its own</source>
        <translation>Stufe: eigener Wert</translation>
    </message>
    <message>
        <source>Stage &amp;1 lasts:</source>
        <translation>Phase &amp;1 dauert:</translation>
    </message>
    <message>
        <source>Stage 1 v&amp;alue:</source>
        <translation>&amp;Wert in Phase 1:</translation>
    </message>
    <message>
        <source>Stage &amp;2 (transition) lasts:</source>
        <translation>Phase &amp;2 (Übergang) dauert:</translation>
    </message>
    <message>
        <source>Stage 2 &amp;fade:</source>
        <translation>Ü&amp;bergang in Phase 2:</translation>
    </message>
    <message>
        <source>Stage 2 val&amp;ue:</source>
        <translation>W&amp;ert in Phase 2:</translation>
    </message>
    <message>
        <source>Stage &amp;3 value, to the end:</source>
        <translation>Wert in Phase &amp;3, bis zum Ende:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Stage 1 value</source>
        <translation>Wert in Phase 1</translation>
    </message>
    <message>
        <source>Stage 2 value</source>
        <translation>Wert in Phase 2</translation>
    </message>
    <message>
        <source>Stage 3 value</source>
        <translation>Wert in Phase 3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>year: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resolves to %1.</source>
        <translation>Ergibt %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between years</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>valor::ui::EdgarImportDialog</name>
    <message>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch Actuals from SEC EDGAR</source>
        <translation>Ist-Zahlen von SEC EDGAR abrufen</translation>
    </message>
    <message>
        <source>The annual (10-K) figures of a company filing with the US SEC, from EDGAR&apos;s company facts. The SEC asks every client for a name and an e-mail address, sent with each request. Answers are kept on this machine for a day, so the figures are there offline too.</source>
        <translation>Die Jahreszahlen (10-K) eines Unternehmens, das bei der US-SEC berichtet, aus den „Company Facts“ von EDGAR. Die SEC verlangt von jedem Programm einen Namen und eine E-Mail-Adresse, die mit jeder Anfrage gesendet werden. Antworten werden einen Tag auf diesem Rechner aufbewahrt, sodass die Zahlen auch offline da sind.</translation>
    </message>
    <message>
        <source>Ticker (AAPL) or CIK (320193)</source>
        <translation>Ticker (AAPL) oder CIK (320193)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Fiscal years</source>
        <translation>Geschäftsjahre</translation>
    </message>
    <message>
        <source>Jane Doe jane@firm.com</source>
        <translation>Erika Muster erika@firma.de</translation>
    </message>
    <message>
        <source>Your name and e-mail address</source>
        <translation>Ihr Name und Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Work &amp;offline: this machine&apos;s copy only</source>
        <translation>&amp;Offline arbeiten: nur die Kopie auf diesem Rechner</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>Ab&amp;rufen</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>Fiscal &amp;years:</source>
        <translation>&amp;Geschäftsjahre:</translation>
    </message>
    <message>
        <source>Your &amp;name and e-mail:</source>
        <translation>Ihr &amp;Name und Ihre E-Mail:</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Give the company and press Fetch.</source>
        <translation>Unternehmen angeben und „Abrufen“ drücken.</translation>
    </message>
    <message>
        <source>Reading this machine&apos;s copy…</source>
        <translation>Die Kopie auf diesem Rechner wird gelesen…</translation>
    </message>
    <message>
        <source>Asking SEC EDGAR…</source>
        <translation>SEC EDGAR wird gefragt…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>%1 (CIK %2)</source>
        <translation>%1 (CIK %2)</translation>
    </message>
    <message>
        <source>%1: fetched from SEC EDGAR just now.</source>
        <translation>%1: soeben von SEC EDGAR abgerufen.</translation>
    </message>
    <message>
        <source>%1: SEC EDGAR could not be asked (%2), so this is this machine&apos;s copy, fetched %3 ago.</source>
        <translation>%1: SEC EDGAR war nicht erreichbar (%2), daher die Kopie auf diesem Rechner, abgerufen vor %3.</translation>
    </message>
    <message>
        <source>%1: this machine&apos;s copy, fetched %2 ago.</source>
        <translation>%1: die Kopie auf diesem Rechner, abgerufen vor %2.</translation>
    </message>
    <message>
        <source>Figures in %1, converted from US dollars.</source>
        <translation>Zahlen in %1, umgerechnet aus US-Dollar.</translation>
    </message>
    <message>
        <source>Not in the filings: %1.</source>
        <translation>Nicht in den Berichten: %1.</translation>
    </message>
</context>
<context>
    <name>valor::ui::EntityListModel</name>
    <message>
        <source>Input</source>
        <translation>Eingangsgröße</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>First input</source>
        <translation>Erste Eingangsgröße</translation>
    </message>
    <message>
        <source>Second input</source>
        <translation>Zweite Eingangsgröße</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>%1 is needed: type a new value instead of clearing it.</source>
        <translation>%1 wird benötigt: Geben Sie einen neuen Wert ein, statt das Feld zu leeren.</translation>
    </message>
</context>
<context>
    <name>valor::ui::EpsBridgeChart</name>
    <message>
        <source>EPS</source>
        <translation>EPS</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Zuschläge</translation>
    </message>
    <message>
        <source>Deducts</source>
        <translation>Abzüge</translation>
    </message>
    <message>
        <source>Where the EPS change comes from, %1</source>
        <translation>Quellen der EPS-Veränderung, %1</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Stand-alone</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergien</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Cash yield</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>New D&amp;A</source>
        <translation>AfA neu</translation>
    </message>
    <message>
        <source>Refinancing</source>
        <translation>Refinanz.</translation>
    </message>
    <message>
        <source>New shares</source>
        <translation>Neue Aktien</translation>
    </message>
    <message>
        <source>= Pro forma</source>
        <translation>= Pro forma</translation>
    </message>
</context>
<context>
    <name>valor::ui::EquityBridgeChart</name>
    <message>
        <source>From enterprise value to equity value</source>
        <translation>Vom Unternehmenswert zum Eigenkapitalwert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Zuschläge</translation>
    </message>
    <message>
        <source>Deducts</source>
        <translation>Abzüge</translation>
    </message>
    <message>
        <source>EV</source>
        <translation>Unternehmenswert</translation>
    </message>
    <message>
        <source>− Debt</source>
        <translation>− Finanzschulden</translation>
    </message>
    <message>
        <source>− Preferred</source>
        <translation>− Vorzugskapital</translation>
    </message>
    <message>
        <source>− Minority</source>
        <translation>− Minderheiten</translation>
    </message>
    <message>
        <source>+ Cash</source>
        <translation>+ Zahlungsmittel</translation>
    </message>
    <message>
        <source>+ Non-op. assets</source>
        <translation>+ Nicht betriebsn. Vermögen</translation>
    </message>
    <message>
        <source>= Equity</source>
        <translation>= Eigenkapitalwert</translation>
    </message>
</context>
<context>
    <name>valor::ui::FanChart</name>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Thick: actuals · dashed: the chosen model&apos;s fit · shaded: its 80 % and 95 % intervals</source>
        <translation>Dick: Ist-Zahlen · gestrichelt: Anpassung des gewählten Modells · schattiert: seine 80-%- und 95-%-Intervalle</translation>
    </message>
</context>
<context>
    <name>valor::ui::FieldEdit</name>
    <message>
        <source>Enter a date as YYYY-MM-DD, e.g. 2026-06-30.</source>
        <translation>Geben Sie ein Datum im Format JJJJ-MM-TT ein, z. B. 2026-06-30.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>%1 The value was not changed.</source>
        <translation>%1 Der Wert wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Did you mean &lt;a href=&quot;fix&quot;&gt;%2&lt;/a&gt;?</source>
        <translation>Gespeichert als %1. Meinten Sie &lt;a href=&quot;fix&quot;&gt;%2&lt;/a&gt;?</translation>
    </message>
</context>
<context>
    <name>valor::ui::FootballBarDialog</name>
    <message>
        <source>Football Field Range</source>
        <translation>Spanne im Football Field</translation>
    </message>
    <message>
        <source>Sensitivity range of a scenario</source>
        <translation>Sensitivitätsspanne eines Szenarios</translation>
    </message>
    <message>
        <source>Monte Carlo range of a scenario</source>
        <translation>Monte-Carlo-Spanne eines Szenarios</translation>
    </message>
    <message>
        <source>LBO price at target IRRs</source>
        <translation>LBO-Preis bei Ziel-IRRs</translation>
    </message>
    <message>
        <source>M&amp;A maximum offer price</source>
        <translation>M&amp;A-Höchstangebotspreis</translation>
    </message>
    <message>
        <source>Range typed in (comparables, precedents, 52-week range)</source>
        <translation>Eingegebene Spanne (Vergleichsunternehmen, Transaktionen, 52-Wochen-Spanne)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;First input:</source>
        <translation>&amp;Erste Eingangsgröße:</translation>
    </message>
    <message>
        <source>Spread of the first (±):</source>
        <translation>Spanne der ersten (±):</translation>
    </message>
    <message>
        <source>S&amp;econd input:</source>
        <translation>&amp;Zweite Eingangsgröße:</translation>
    </message>
    <message>
        <source>Spread of the second (±):</source>
        <translation>Spanne der zweiten (±):</translation>
    </message>
    <message>
        <source>Low &amp;percentile:</source>
        <translation>&amp;Unteres Perzentil:</translation>
    </message>
    <message>
        <source>High p&amp;ercentile:</source>
        <translation>&amp;Oberes Perzentil:</translation>
    </message>
    <message>
        <source>Higher target IRR (low price):</source>
        <translation>Höhere Ziel-IRR (niedriger Preis):</translation>
    </message>
    <message>
        <source>Lower target IRR (high price):</source>
        <translation>Niedrigere Ziel-IRR (hoher Preis):</translation>
    </message>
    <message>
        <source>Target&apos;s net &amp;debt:</source>
        <translation>&amp;Nettoverschuldung des Zielunternehmens:</translation>
    </message>
    <message>
        <source>Target&apos;s diluted s&amp;hares:</source>
        <translation>Verwässerte &amp;Aktien des Zielunternehmens:</translation>
    </message>
    <message>
        <source>L&amp;ow (per share):</source>
        <translation>Unter&amp;grenze (je Aktie):</translation>
    </message>
    <message>
        <source>&amp;High (per share):</source>
        <translation>Ober&amp;grenze (je Aktie):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>e.g. Trading comparables</source>
        <translation>z. B. Vergleichsunternehmen</translation>
    </message>
    <message>
        <source>Named after the scenario</source>
        <translation>Nach dem Szenario benannt</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a scenario: none in this workspace can give this range.</source>
        <translation>Wählen Sie ein Szenario: Keines in diesem Arbeitsbereich kann diese Spanne liefern.</translation>
    </message>
    <message>
        <source>The first input&apos;s spread</source>
        <translation>Die Spanne der ersten Eingangsgröße</translation>
    </message>
    <message>
        <source>The second input&apos;s spread</source>
        <translation>Die Spanne der zweiten Eingangsgröße</translation>
    </message>
    <message>
        <source>%1 must be above 0.</source>
        <translation>%1 muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Choose an input: the scenario has none that can vary.</source>
        <translation>Wählen Sie eine Eingangsgröße: Das Szenario hat keine, die variieren kann.</translation>
    </message>
    <message>
        <source>Choose two different inputs, or None for the second.</source>
        <translation>Wählen Sie zwei verschiedene Eingangsgrößen oder „Keine“ für die zweite.</translation>
    </message>
    <message>
        <source>The low percentile must be below the high one.</source>
        <translation>Das untere Perzentil muss unter dem oberen liegen.</translation>
    </message>
    <message>
        <source>The higher target IRR</source>
        <translation>Die höhere Ziel-IRR</translation>
    </message>
    <message>
        <source>The lower target IRR</source>
        <translation>Die niedrigere Ziel-IRR</translation>
    </message>
    <message>
        <source>The target&apos;s net debt</source>
        <translation>Die Nettoverschuldung des Zielunternehmens</translation>
    </message>
    <message>
        <source>The target&apos;s shares</source>
        <translation>Die Aktien des Zielunternehmens</translation>
    </message>
    <message>
        <source>The lower target IRR must be below the higher one.</source>
        <translation>Die niedrigere Ziel-IRR muss unter der höheren liegen.</translation>
    </message>
    <message>
        <source>A target IRR must be above −100 %.</source>
        <translation>Eine Ziel-IRR muss über −100 % liegen.</translation>
    </message>
    <message>
        <source>The target&apos;s shares must be above 0.</source>
        <translation>Die Aktien des Zielunternehmens müssen mehr als 0 sein.</translation>
    </message>
    <message>
        <source>This scenario has no entry price to solve for.</source>
        <translation>Dieses Szenario hat keinen Einstiegspreis, nach dem gelöst werden kann.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>High must not be below low.</source>
        <translation>Die Obergrenze darf nicht unter der Untergrenze liegen.</translation>
    </message>
    <message>
        <source>Name the range (e.g. Trading comparables or 52-week range).</source>
        <translation>Benennen Sie die Spanne (z. B. Vergleichsunternehmen oder 52-Wochen-Spanne).</translation>
    </message>
</context>
<context>
    <name>valor::ui::FootballChart</name>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <source>Scenario value: %1</source>
        <translation>Wert des Szenarios: %1</translation>
    </message>
</context>
<context>
    <name>valor::ui::FootballFieldWindow</name>
    <message>
        <source>Valuing the ranges…</source>
        <translation>Die Spannen werden bewertet…</translation>
    </message>
    <message>
        <source>Football Field</source>
        <translation>Football Field</translation>
    </message>
    <message>
        <source>&amp;Add Range…</source>
        <translation>Spanne &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Current share price:</source>
        <translation>&amp;Aktueller Aktienkurs:</translation>
    </message>
    <message>
        <source>Current share price</source>
        <translation>Aktueller Aktienkurs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Value-per-share ranges</source>
        <translation>Spannen des Werts je Aktie</translation>
    </message>
    <message>
        <source>Football field chart</source>
        <translation>Football-Field-Diagramm</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The saved football field cannot be read: %1</source>
        <translation>Das gespeicherte Football Field kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The football field could not be saved: %1</source>
        <translation>Das Football Field konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A football field holds at most %1 ranges.</source>
        <translation>Ein Football Field fasst höchstens %1 Spannen.</translation>
    </message>
    <message>
        <source>The current share price must be above 0.</source>
        <translation>Der aktuelle Aktienkurs muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Current share price: %1</source>
        <translation>Aktueller Aktienkurs: %1</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Monte Carlo P%1–P%2</source>
        <translation>Monte Carlo P%1–P%2</translation>
    </message>
    <message>
        <source>LBO at IRR %1–%2</source>
        <translation>LBO bei IRR %1–%2</translation>
    </message>
    <message>
        <source>M&amp;A maximum price</source>
        <translation>M&amp;A-Höchstpreis</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>(deleted scenario)</source>
        <translation>(gelöschtes Szenario)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The scenario is no longer in the workspace.</source>
        <translation>Das Szenario ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This kind of scenario has no value per share to vary.</source>
        <translation>Diese Art von Szenario hat keinen Wert je Aktie, der variieren könnte.</translation>
    </message>
    <message>
        <source>The scenario has no Monte Carlo inputs yet: choose them on its Monte Carlo tab.</source>
        <translation>Das Szenario hat noch keine Monte-Carlo-Eingangsgrößen: Wählen Sie sie im Reiter Monte Carlo.</translation>
    </message>
    <message>
        <source>A price at a target IRR needs an LBO scenario.</source>
        <translation>Ein Preis bei einer Ziel-IRR braucht ein LBO-Szenario.</translation>
    </message>
    <message>
        <source>A maximum offer price needs an M&amp;A scenario.</source>
        <translation>Ein Höchstangebotspreis braucht ein M&amp;A-Szenario.</translation>
    </message>
    <message>
        <source>No pro-forma year has a maximum EPS-neutral price.</source>
        <translation>Kein Pro-forma-Jahr hat einen EPS-neutralen Höchstpreis.</translation>
    </message>
    <message>
        <source>No point of the range can be valued.</source>
        <translation>Kein Punkt der Spanne kann bewertet werden.</translation>
    </message>
    <message>
        <source>The scenario cannot be valued as it is; its editor shows why.</source>
        <translation>Das Szenario kann so nicht bewertet werden; sein Editor zeigt, warum.</translation>
    </message>
    <message numerus="yes">
        <source>%n grid point(s) could not be valued and are left out.</source>
        <translation>
            <numerusform>%n Rasterpunkt konnte nicht bewertet werden und bleibt außen vor.</numerusform>
            <numerusform>%n Rasterpunkte konnten nicht bewertet werden und bleiben außen vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paths, %2 not valued</source>
        <translation>%1 Pfade, %2 nicht bewertet</translation>
    </message>
    <message>
        <source>Value per share</source>
        <translation>Wert je Aktie</translation>
    </message>
    <message>
        <source>Scenario value</source>
        <translation>Wert des Szenarios</translation>
    </message>
    <message>
        <source>Current price %1</source>
        <translation>Aktueller Kurs %1</translation>
    </message>
    <message>
        <source>Current price</source>
        <translation>Aktueller Kurs</translation>
    </message>
    <message>
        <source>no range</source>
        <translation>keine Spanne</translation>
    </message>
    <message>
        <source>No ranges yet: Add Range lines up a scenario&apos;s ranges or one typed in.</source>
        <translation>Noch keine Spannen: „Spanne hinzufügen“ stellt die Spannen eines Szenarios oder eine eingegebene nebeneinander.</translation>
    </message>
    <message numerus="yes">
        <source>%n range(s) could not be valued; the Note column says why.</source>
        <translation>
            <numerusform>%n Spanne konnte nicht bewertet werden; die Spalte Hinweis sagt, warum.</numerusform>
            <numerusform>%n Spannen konnten nicht bewertet werden; die Spalte Hinweis sagt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every range is valued on the scenarios as they are now.</source>
        <translation>Jede Spanne ist auf dem aktuellen Stand der Szenarien bewertet.</translation>
    </message>
</context>
<context>
    <name>valor::ui::ForecastPanel</name>
    <message>
        <source>&amp;Paste Series…</source>
        <translation>Reihe &amp;einfügen…</translation>
    </message>
    <message>
        <source>Forecast a series pasted from a spreadsheet: one row per period (2019, 2019Q3 or 2019-07) and its value</source>
        <translation>Eine aus einer Tabellenkalkulation eingefügte Reihe prognostizieren: eine Zeile je Periode (2019, 2019Q3 oder 2019-07) mit ihrem Wert</translation>
    </message>
    <message>
        <source>Series to forecast</source>
        <translation>Zu prognostizierende Reihe</translation>
    </message>
    <message>
        <source>Periods to forecast after the last value</source>
        <translation>Zu prognostizierende Perioden nach dem letzten Wert</translation>
    </message>
    <message>
        <source>Backtest: each of the last n values is forecast from the values before it, as the model would have been fitted then (0: none)</source>
        <translation>Backtest: Jeder der letzten n Werte wird aus den Werten davor prognostiziert, so wie das Modell damals geschätzt worden wäre (0: keiner)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&amp;Backtest origins:</source>
        <translation>Backtest-&amp;Ursprünge:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Prognose starten</translation>
    </message>
    <message>
        <source>Fit the chosen models and forecast (F5)</source>
        <translation>Die gewählten Modelle schätzen und prognostizieren (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Forecast progress</source>
        <translation>Fortschritt der Prognose</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelle:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>AICc</source>
        <translation>AICc</translation>
    </message>
    <message>
        <source>MASE fit</source>
        <translation>MASE Anpassung</translation>
    </message>
    <message>
        <source>MASE test</source>
        <translation>MASE Test</translation>
    </message>
    <message>
        <source>MAPE test</source>
        <translation>MAPE Test</translation>
    </message>
    <message>
        <source>Forecast models</source>
        <translation>Prognosemodelle</translation>
    </message>
    <message>
        <source>Mean absolute scaled error of the one-step fits: below 1 beats the naive forecast of the same values</source>
        <translation>Mittlerer absoluter skalierter Fehler der Ein-Schritt-Anpassung: unter 1 schlägt die naive Prognose derselben Werte</translation>
    </message>
    <message>
        <source>Mean absolute scaled error over every backtest forecast: the lowest forecast the past best</source>
        <translation>Mittlerer absoluter skalierter Fehler über alle Backtest-Prognosen: der niedrigste hat die Vergangenheit am besten prognostiziert</translation>
    </message>
    <message>
        <source>Mean absolute percentage error over every backtest forecast</source>
        <translation>Mittlerer absoluter prozentualer Fehler über alle Backtest-Prognosen</translation>
    </message>
    <message>
        <source>Point forecast</source>
        <translation>Punktprognose</translation>
    </message>
    <message>
        <source>%1th percentile</source>
        <translation>%1. Perzentil</translation>
    </message>
    <message>
        <source>Forecast path</source>
        <translation>Prognosepfad</translation>
    </message>
    <message>
        <source>&amp;Use as Drivers</source>
        <translation>Als Treiber &amp;verwenden</translation>
    </message>
    <message>
        <source>Write the chosen model&apos;s forecast into the driver it informs, over the projection years: one change you can undo</source>
        <translation>Die Prognose des gewählten Modells in den Treiber schreiben, den sie bestimmt, über die Planjahre: eine Änderung, die sich rückgängig machen lässt</translation>
    </message>
    <message>
        <source>Paste Series</source>
        <translation>Reihe einfügen</translation>
    </message>
    <message>
        <source>One row per period and its value, as copied from a spreadsheet:
2019,1204.5 — or quarters (2019Q3) or months (2019-07)</source>
        <translation>Eine Zeile je Periode mit ihrem Wert, wie aus einer Tabellenkalkulation kopiert:
2019,1204.5 — oder Quartale (2019Q3) oder Monate (2019-07)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The forecast stopped: %1</source>
        <translation>Die Prognose wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Pasted series (%1–%2)</source>
        <translation>Eingefügte Reihe (%1–%2)</translation>
    </message>
    <message>
        <source>The scenario has no actuals yet: import a statement or fetch them on the Actuals page, or paste a series.</source>
        <translation>Das Szenario hat noch keine Ist-Zahlen: Importieren oder abrufen lassen sie sich auf der Seite Ist-Zahlen; oder fügen Sie eine Reihe ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) pasted; choose the models and run.</source>
        <translation>
            <numerusform>%n Wert eingefügt; Modelle wählen und starten.</numerusform>
            <numerusform>%n Werte eingefügt; Modelle wählen und starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no series to forecast.</source>
        <translation>Es gibt keine Reihe zum Prognostizieren.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell.</translation>
    </message>
    <message numerus="yes">
        <source>Fitting %n model(s)…</source>
        <translation>
            <numerusform>%n Modell wird geschätzt…</numerusform>
            <numerusform>%n Modelle werden geschätzt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The lowest backtest error</source>
        <translation>Der niedrigste Backtest-Fehler</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> The actuals have changed since: run again to use them.</source>
        <translation> Die Ist-Zahlen haben sich seitdem geändert: erneut starten, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>%1 of %2 models fitted to %3 values.</source>
        <translation>%1 von %2 Modellen an %3 Werte angepasst.</translation>
    </message>
    <message>
        <source>%1: forecasts, with the intervals of %2</source>
        <translation>%1: Prognosen, mit den Intervallen von %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Log-likelihood %1; σ² %2.</source>
        <translation>Log-Likelihood %1; σ² %2.</translation>
    </message>
    <message numerus="yes">
        <source>Maximum likelihood: %1 after %n evaluation(s).</source>
        <translation>
            <numerusform>Maximum-Likelihood: %1 nach %n Auswertung.</numerusform>
            <numerusform>Maximum-Likelihood: %1 nach %n Auswertungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Intervals simulated (seeded, the same on every run).</source>
        <translation>Intervalle simuliert (mit festem Startwert, bei jedem Lauf gleich).</translation>
    </message>
    <message>
        <source>Residual autocorrelation</source>
        <translation>Residuen-Autokorrelation</translation>
    </message>
    <message>
        <source>±1.96/√n</source>
        <translation>±1,96/√n</translation>
    </message>
    <message>
        <source>Residual autocorrelations of %1</source>
        <translation>Residuen-Autokorrelationen von %1</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Run a forecast first.</source>
        <translation>Zuerst eine Prognose starten.</translation>
    </message>
    <message>
        <source>A pasted series informs no driver of the scenario.</source>
        <translation>Eine eingefügte Reihe bestimmt keinen Treiber des Szenarios.</translation>
    </message>
    <message>
        <source>The actuals have changed since the forecast: run it again.</source>
        <translation>Die Ist-Zahlen haben sich seit der Prognose geändert: bitte erneut starten.</translation>
    </message>
    <message>
        <source>Choose a fitted model in the table.</source>
        <translation>Wählen Sie ein geschätztes Modell in der Tabelle.</translation>
    </message>
    <message>
        <source>No driver of this model takes %1: forecast revenue (for revenue growth) or a ratio that is a driver.</source>
        <translation>Kein Treiber dieses Modells nimmt %1 auf: Prognostizieren Sie den Umsatz (für das Umsatzwachstum) oder eine Kennzahl, die ein Treiber ist.</translation>
    </message>
    <message>
        <source>The drivers already hold this forecast.</source>
        <translation>Die Treiber enthalten diese Prognose bereits.</translation>
    </message>
    <message>
        <source>%1 for %2–%3 now comes from %4 (Edit ▸ Undo takes it back).</source>
        <translation>%1 für %2–%3 stammt jetzt aus %4 (Bearbeiten ▸ Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <source>Exponential smoothing (ETS)</source>
        <translation>Exponentielle Glättung (ETS)</translation>
    </message>
    <message>
        <source>ARIMA</source>
        <translation>ARIMA</translation>
    </message>
    <message>
        <source>Linear trend</source>
        <translation>Linearer Trend</translation>
    </message>
    <message>
        <source>Log-linear trend</source>
        <translation>Log-linearer Trend</translation>
    </message>
    <message>
        <source>Naive (last value)</source>
        <translation>Naiv (letzter Wert)</translation>
    </message>
    <message>
        <source>Seasonal naive</source>
        <translation>Saisonal naiv</translation>
    </message>
    <message>
        <source>Ser&amp;ies:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>Hori&amp;zont:</translation>
    </message>
    <message>
        <source>Backtest: forecast up to this many periods ahead from each origin; the errors are over every step</source>
        <translation>Backtest: von jedem Ursprung bis zu so vielen Perioden voraus prognostizieren; die Fehler gelten über alle Schritte</translation>
    </message>
    <message>
        <source>Steps ahea&amp;d:</source>
        <translation>S&amp;chritte voraus:</translation>
    </message>
    <message>
        <source>Akaike&apos;s information criterion, corrected: the lower the better, between fits of the same values — an ARIMA with differences describes the differenced values, so compare it only with ARIMAs like it</source>
        <translation>Korrigiertes Informationskriterium nach Akaike: je niedriger, desto besser, zwischen Anpassungen derselben Werte — ein ARIMA mit Differenzen beschreibt die differenzierten Werte, also nur mit gleichartigen ARIMA vergleichen</translation>
    </message>
    <message>
        <source>Fore&amp;cast path:</source>
        <translation>Prognose-P&amp;fad:</translation>
    </message>
    <message>
        <source>Cancelled: the previous forecast is still shown.</source>
        <translation>Abgebrochen: Die vorige Prognose bleibt angezeigt.</translation>
    </message>
    <message>
        <source>The actuals of %1 have changed since the forecast: run it again.</source>
        <translation>Die Ist-Zahlen von %1 haben sich seit der Prognose geändert: bitte erneut starten.</translation>
    </message>
    <message>
        <source>Naive</source>
        <translation>Naiv</translation>
    </message>
    <message>
        <source>%1 with mean</source>
        <translation>%1 mit Mittelwert</translation>
    </message>
    <message>
        <source>%1 with drift</source>
        <translation>%1 mit Drift</translation>
    </message>
    <message>
        <source>intercept</source>
        <translation>Achsenabschnitt</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>initial level</source>
        <translation>Anfangsniveau</translation>
    </message>
    <message>
        <source>initial trend</source>
        <translation>Anfangstrend</translation>
    </message>
</context>
<context>
    <name>valor::ui::FrontierChart</name>
    <message>
        <source>Efficient frontier</source>
        <translation>Effizienzkurve</translation>
    </message>
    <message>
        <source>Assets alone</source>
        <translation>Einzelne Anlagen</translation>
    </message>
    <message>
        <source>Chosen portfolio</source>
        <translation>Gewähltes Portfolio</translation>
    </message>
    <message>
        <source>Volatility (% a year)</source>
        <translation>Volatilität (% p. a.)</translation>
    </message>
    <message>
        <source>Expected return (% a year)</source>
        <translation>Erwartete Rendite (% p. a.)</translation>
    </message>
</context>
<context>
    <name>valor::ui::GoalSeekPage</name>
    <message>
        <source>e.g. today&apos;s share price</source>
        <translation>z. B. der aktuelle Aktienkurs</translation>
    </message>
    <message>
        <source>Input to solve for</source>
        <translation>Veränderbare Eingangsgröße</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>&amp;Solve for</source>
        <translation>&amp;Veränderbare Eingangsgröße</translation>
    </message>
    <message>
        <source>So that</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>E&amp;quals</source>
        <translation>Zie&amp;lwert</translation>
    </message>
    <message>
        <source>S&amp;olve</source>
        <translation>Be&amp;rechnen</translation>
    </message>
    <message>
        <source>&amp;Use This Value</source>
        <translation>Wert &amp;übernehmen</translation>
    </message>
    <message>
        <source>Set the input to the solved value (an undoable change)</source>
        <translation>Die Eingangsgröße auf den gefundenen Wert setzen (eine Änderung, die Sie rückgängig machen können)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <source>%1 = %2 gives %3 = %4 (now %5).</source>
        <translation>%1 = %2 ergibt %3 = %4 (aktuell %5).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount and its unit</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>valor::ui::GoodwillBridgeChart</name>
    <message>
        <source>From the purchase price to goodwill</source>
        <translation>Vom Kaufpreis zum Goodwill</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Zuschläge</translation>
    </message>
    <message>
        <source>Deducts</source>
        <translation>Abzüge</translation>
    </message>
    <message>
        <source>Purchase equity</source>
        <translation>Kaufpreis EK</translation>
    </message>
    <message>
        <source>Book equity</source>
        <translation>Buch-EK</translation>
    </message>
    <message>
        <source>Old goodwill</source>
        <translation>Alter Goodwill</translation>
    </message>
    <message>
        <source>PP&amp;E</source>
        <translation>Sachanlagen</translation>
    </message>
    <message>
        <source>Intangibles</source>
        <translation>Immat. VG</translation>
    </message>
    <message>
        <source>Deferred tax</source>
        <translation>Latente Steuern</translation>
    </message>
    <message>
        <source>= Goodwill</source>
        <translation>= Goodwill</translation>
    </message>
</context>
<context>
    <name>valor::ui::HistoryDriversDialog</name>
    <message>
        <source>Use History as Drivers</source>
        <translation>Historie als Treiber verwenden</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Letzte 3 Jahre</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Letzte 5 Jahre</translation>
    </message>
    <message>
        <source>&amp;Take the:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation>&amp;Über:</translation>
    </message>
    <message>
        <source>Drivers from history</source>
        <translation>Treiber aus der Historie</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Each checked driver becomes one constant for every projection year. Undo takes it back.</source>
        <translation>Jeder markierte Treiber wird eine Konstante für alle Planjahre. Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>&amp;Use as Drivers</source>
        <translation>Als Treiber &amp;verwenden</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>The values a statistic reads and their years: &quot;6.4 %, 7.5 %, 5.2 % (2023–2025)&quot;.</extracomment>
        <translation>%1 (%2–%3)</translation>
    </message>
</context>
<context>
    <name>valor::ui::HistoryModel</name>
    <message>
        <source>#</source>
        <comment>revision number column</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Revision: the scenario&apos;s version number after the change</source>
        <translation>Revision: die Versionsnummer des Szenarios nach der Änderung</translation>
    </message>
    <message>
        <source>When the change was saved, in local time</source>
        <translation>Zeitpunkt der Speicherung, in Ortszeit</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>Wer die Änderung vorgenommen hat</translation>
    </message>
    <message>
        <source>What was done; expand a row to see each field</source>
        <translation>Was geändert wurde; klappen Sie eine Zeile auf, um die einzelnen Felder zu sehen</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no author</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(ohne Beschreibung)</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1, saved %2 by %3: %4 (%n field change(s))</source>
        <translation>
            <numerusform>Revision %1, gespeichert am %2 von %3: %4 (%n Feldänderung)</numerusform>
            <numerusform>Revision %1, gespeichert am %2 von %3: %4 (%n Feldänderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown author</source>
        <translation>einem unbekannten Autor</translation>
    </message>
    <message>
        <source>This change could not be replayed; some field names may be incomplete.</source>
        <translation>Diese Änderung konnte nicht nachvollzogen werden; einige Feldnamen sind möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>%1
Before: %2
After: %3</source>
        <translation>%1
Vorher: %2
Nachher: %3</translation>
    </message>
    <message>
        <source>—</source>
        <comment>absent value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>year: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between per-year values</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>other position</source>
        <translation>andere Position</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>before → after</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: change</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field caption (path in the scenario file)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
</context>
<context>
    <name>valor::ui::HistoryPanel</name>
    <message>
        <source>Scenario history</source>
        <translation>Szenarioverlauf</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Every saved change, newest first</source>
        <translation>Alle gespeicherten Änderungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Named snapshots of the scenario</source>
        <translation>Benannte Stände des Szenarios</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Free-text notes about the scenario</source>
        <translation>Freitext-Notizen zum Szenario</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>One row per saved change, newest first; expand a row to see each field&apos;s value before and after</source>
        <translation>Eine Zeile je gespeicherter Änderung, neueste zuerst; klappen Sie eine Zeile auf, um den Wert jedes Felds vorher und nachher zu sehen</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <source>Named snapshots, newest first; press Enter to compare one with the current scenario</source>
        <translation>Benannte Stände, neueste zuerst; drücken Sie die Eingabetaste, um einen Stand mit dem aktuellen Szenario zu vergleichen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>#</source>
        <comment>revision number column</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Save versi&amp;on…</source>
        <translation>&amp;Version speichern…</translation>
    </message>
    <message>
        <source>Save the current state of the scenario under a name</source>
        <translation>Den aktuellen Stand des Szenarios unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Make the scenario equal to the selected version again (one step you can undo)</source>
        <translation>Das Szenario wieder auf die ausgewählte Version setzen (ein Schritt, den Sie rückgängig machen können)</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Ausgewählte Version wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Compare with current</source>
        <translation>Mit aktuellem Stand ver&amp;gleichen</translation>
    </message>
    <message>
        <source>List the fields that differ between the selected version and now</source>
        <translation>Die Felder auflisten, in denen sich die ausgewählte Version vom aktuellen Stand unterscheidet</translation>
    </message>
    <message>
        <source>Compare the selected version with the current scenario</source>
        <translation>Ausgewählte Version mit dem aktuellen Szenario vergleichen</translation>
    </message>
    <message>
        <source>Scenario notes</source>
        <translation>Szenarionotizen</translation>
    </message>
    <message>
        <source>Saved automatically as you type</source>
        <translation>Wird während der Eingabe automatisch gespeichert</translation>
    </message>
    <message>
        <source>Notes about this scenario: sources, assumptions, open questions…</source>
        <translation>Notizen zu diesem Szenario: Quellen, Annahmen, offene Fragen…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Some changes could not be replayed; their field names may be incomplete.</source>
        <translation>Einige Änderungen konnten nicht nachvollzogen werden; ihre Feldnamen sind möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Die Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no author</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>“%1”: revision %2, saved %3 by %4</source>
        <translation>„%1“: Revision %2, gespeichert am %3 von %4</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Name of the version:</source>
        <translation>Name der Version:</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Not saved: a version needs a name.</source>
        <translation>Nicht gespeichert: Eine Version braucht einen Namen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved version “%1” at revision %2.</source>
        <translation>Version „%1“ bei Revision %2 gespeichert.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The scenario already matches version “%1”.</source>
        <translation>Das Szenario entspricht bereits der Version „%1“.</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>Restore version “%1”?</source>
        <translation>Version „%1“ wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will bring the scenario back to this version. The restore is one step you can undo.</source>
        <translation>
            <numerusform>%n Änderung setzt das Szenario auf diese Version zurück. Die Wiederherstellung ist ein Schritt, den Sie rückgängig machen können.</numerusform>
            <numerusform>%n Änderungen setzen das Szenario auf diese Version zurück. Die Wiederherstellung ist ein Schritt, den Sie rückgängig machen können.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored version “%1”. Undo returns to the state before.</source>
        <translation>Version „%1“ wiederhergestellt. „Rückgängig“ kehrt zum vorherigen Stand zurück.</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Nicht geladen: %1</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>Schreibgeschützter Arbeitsbereich</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>Status der Notizen</translation>
    </message>
    <message>
        <source>E&amp;xplain the change in value</source>
        <translation>Wertveränderung &amp;erklären</translation>
    </message>
    <message>
        <source>Split the change in value from the selected version to now by input group, with who made each change</source>
        <translation>Die Wertveränderung von der ausgewählten Version bis zum aktuellen Stand nach Gruppen von Eingangsgrößen aufteilen, mit Angabe, wer welche Änderung vorgenommen hat</translation>
    </message>
    <message>
        <source>Explain the change in value from the selected version to now</source>
        <translation>Die Wertveränderung von der ausgewählten Version bis zum aktuellen Stand erklären</translation>
    </message>
    <message>
        <source>&amp;Compare Revision %1 with Now</source>
        <translation>Revision %1 mit aktuellem Stand &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Explain the Change in Value Since Revision %1</source>
        <translation>Wertveränderung seit Revision %1 &amp;erklären</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Shared with you to view only</source>
        <translation>Mit Ihnen nur zum Ansehen geteilt</translation>
    </message>
</context>
<context>
    <name>valor::ui::ImportIntoActuals</name>
    <message>
        <source>%1

Import these figures anyway?</source>
        <translation>%1

Diese Zahlen trotzdem importieren?</translation>
    </message>
    <message>
        <source>The scenario already has these actuals: nothing to import.</source>
        <translation>Das Szenario hat diese Ist-Zahlen bereits: nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>valor::ui::LboResults</name>
    <message>
        <source>Rollover equity</source>
        <translation>Rollover-Eigenkapital</translation>
    </message>
    <message>
        <source>Sponsor equity</source>
        <translation>Sponsor-Eigenkapital</translation>
    </message>
    <message>
        <source>Enterprise value</source>
        <translation>Unternehmenswert (EV)</translation>
    </message>
    <message>
        <source>Transaction fees</source>
        <translation>Transaktionskosten</translation>
    </message>
    <message>
        <source>Financing fees</source>
        <translation>Finanzierungsgebühren</translation>
    </message>
    <message>
        <source>Original issue discount</source>
        <translation>Disagio (OID)</translation>
    </message>
    <message>
        <source>Cash to the balance sheet</source>
        <translation>Zahlungsmittel für die Bilanz</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>Cash interest</source>
        <translation>Zahlungswirksame Zinsen</translation>
    </message>
    <message>
        <source>PIK interest</source>
        <translation>PIK-Zinsen</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Pflichttilgung</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Inanspruchnahme</translation>
    </message>
    <message>
        <source>Repaid from excess cash</source>
        <translation>Tilgung aus Überschussliquidität</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Endbestand</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sources and uses at close</source>
        <translation>Mittelherkunft und Mittelverwendung zum Closing</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mittelherkunft</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Mittelverwendung</translation>
    </message>
    <message>
        <source>Debt schedule by tranche</source>
        <translation>Schuldenplan je Tranche</translation>
    </message>
</context>
<context>
    <name>valor::ui::ListMembersEditor</name>
    <message>
        <source>&amp;Add %1</source>
        <translation>%1 hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve %1</source>
        <translation>%1 ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Alt+Up in the table</source>
        <translation>Alt+Pfeil nach oben in der Tabelle</translation>
    </message>
    <message>
        <source>Alt+Down in the table</source>
        <translation>Alt+Pfeil nach unten in der Tabelle</translation>
    </message>
</context>
<context>
    <name>valor::ui::ListMembersModel</name>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <source>This scenario has no model block.</source>
        <translation>Dieses Szenario enthält keinen Modellblock.</translation>
    </message>
    <message>
        <source>At most %1 are allowed.</source>
        <translation>Es sind höchstens %1 zulässig.</translation>
    </message>
    <message>
        <source>The list cannot be reordered here.</source>
        <translation>Die Liste kann hier nicht umsortiert werden.</translation>
    </message>
</context>
<context>
    <name>valor::ui::MaResults</name>
    <message>
        <source>%1 per share</source>
        <translation>%1 je Aktie</translation>
    </message>
    <message>
        <source>EPS bridge for &amp;year:</source>
        <translation>EPS-Brücke für &amp;Jahr:</translation>
    </message>
    <message>
        <source>Year of the EPS bridge</source>
        <translation>Jahr der EPS-Brücke</translation>
    </message>
</context>
<context>
    <name>valor::ui::MainWindow</name>
    <message>
        <source>%1 — Valor IVX</source>
        <translation>%1 – Valor IVX</translation>
    </message>
    <message>
        <source>Valor IVX</source>
        <translation>Valor IVX</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation>Neuer &amp;Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import Scenarios…</source>
        <translation>Szenarien &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Scenario…</source>
        <translation>Szenario &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close Scenario</source>
        <translation>Szenario &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find Scenario</source>
        <translation>Szenario &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>&amp;Version speichern…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Bring &amp;Back Deleted Scenario</source>
        <translation>Gelöschtes Szenario &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;About Valor IVX</source>
        <translation>Ü&amp;ber Valor IVX</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Workspace Browser</source>
        <translation>&amp;Arbeitsbereich-Browser</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Search by name or #tag</source>
        <translation>Nach Name oder #Tag suchen</translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation>Szenarien durchsuchen</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <source>Sort by last change</source>
        <translation>Nach letzter Änderung sortieren</translation>
    </message>
    <message>
        <source>Sort scenarios</source>
        <translation>Szenarien sortieren</translation>
    </message>
    <message>
        <source>Scenarios in the workspace</source>
        <translation>Szenarien im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Read-only: another program is writing this workspace</source>
        <translation>Schreibgeschützt: Ein anderes Programm schreibt in diesen Arbeitsbereich</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Valor workspaces (*.valor)</source>
        <translation>Valor-Arbeitsbereiche (*.valor)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Import Scenarios</source>
        <translation>Szenarien importieren</translation>
    </message>
    <message>
        <source>Valor scenarios (*.valor.json *.json)</source>
        <translation>Valor-Szenarien (*.valor.json *.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>These scenarios are in the workspace already. Import copies?</source>
        <translation>Diese Szenarien sind bereits im Arbeitsbereich vorhanden. Kopien importieren?</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Es wurde nichts importiert:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n scenario(s)</source>
        <translation>
            <numerusform>%n Szenario importiert</numerusform>
            <numerusform>%n Szenarien importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Scenario</source>
        <translation>Szenario exportieren</translation>
    </message>
    <message>
        <source>Valor scenarios (*.valor.json)</source>
        <translation>Valor-Szenarien (*.valor.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(Kopie)</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Scenario deleted — Scenario ▸ Bring Back Deleted Scenario restores it</source>
        <translation>Szenario gelöscht – mit Szenario ▸ Gelöschtes Szenario wiederherstellen holen Sie es zurück</translation>
    </message>
    <message>
        <source>About Valor IVX</source>
        <translation>Über Valor IVX</translation>
    </message>
    <message>
        <source>&lt;b&gt;Valor IVX&lt;/b&gt; %1&lt;br&gt;Valuation scenarios for financial analysts.</source>
        <translation>&lt;b&gt;Valor IVX&lt;/b&gt; %1&lt;br&gt;Bewertungsszenarien für Finanzanalysten.</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Tags…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Tags, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>This version of Valor cannot show scenarios of this kind.</source>
        <translation>Diese Version von Valor kann Szenarien dieser Art nicht anzeigen.</translation>
    </message>
    <message>
        <source>Sa&amp;ve a Copy of the Workspace…</source>
        <translation>&amp;Kopie des Arbeitsbereichs speichern…</translation>
    </message>
    <message>
        <source>Read-only: the workspace&apos;s folder cannot be written to</source>
        <translation>Nur lesen: In den Ordner des Arbeitsbereichs kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 copy.valor</source>
        <translation>%1 Kopie.valor</translation>
    </message>
    <message>
        <source>Save a Copy of the Workspace</source>
        <translation>Kopie des Arbeitsbereichs speichern</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Die Kopie kann nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie unter %1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;New %1 Scenario</source>
        <translation>&amp;Neues %1-Szenario</translation>
    </message>
    <message>
        <source>New %1 Scenario</source>
        <translation>Neues %1-Szenario</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Next Scenario Tab</source>
        <translation>&amp;Nächster Szenario-Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Scenario Tab</source>
        <translation>&amp;Vorheriger Szenario-Tab</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>Szenarien ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Version “%1”</source>
        <translation>Version „%1“</translation>
    </message>
    <message>
        <source>Export to Exce&amp;l…</source>
        <translation>Nach Exce&amp;l exportieren…</translation>
    </message>
    <message>
        <source>The scenario as a workbook whose model recalculates when an input changes</source>
        <translation>Das Szenario als Arbeitsmappe, deren Modell neu rechnet, wenn sich eine Eingabe ändert</translation>
    </message>
    <message>
        <source>Export Tables as CS&amp;V…</source>
        <translation>Tabellen als CS&amp;V exportieren…</translation>
    </message>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation>Bericht als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>the scenario has errors to fix first: %1</source>
        <translation>das Szenario hat Fehler, die zuerst zu beheben sind: %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Export Tables as CSV: choose a folder</source>
        <translation>Tabellen als CSV exportieren: Ordner wählen</translation>
    </message>
    <message>
        <source>Exported the outputs and tables as CSV files to %1</source>
        <translation>Kennzahlen und Tabellen als CSV-Dateien nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export to %1: the scenario has errors to fix first</source>
        <translation>Export nach %1 nicht möglich: das Szenario hat Fehler, die zuerst zu beheben sind</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Bericht nach %1 exportiert</translation>
    </message>
    <message>
        <source>&amp;Football Field…</source>
        <translation>&amp;Football Field…</translation>
    </message>
    <message>
        <source>Import Statement into &amp;Actuals…</source>
        <translation>Abschluss in die &amp;Ist-Zahlen importieren…</translation>
    </message>
    <message>
        <source>&amp;Fetch Actuals from SEC EDGAR…</source>
        <translation>Ist-Zahlen von SEC EDGAR ab&amp;rufen…</translation>
    </message>
    <message>
        <source>&amp;Market Data…</source>
        <translation>&amp;Marktdaten…</translation>
    </message>
    <message>
        <source>A share&apos;s latest price and shares outstanding, into an M&amp;A deal or a DCF</source>
        <translation>Letzter Kurs und ausstehende Aktien einer Aktie, für eine M&amp;A-Transaktion oder ein DCF</translation>
    </message>
</context>
<context>
    <name>valor::ui::MarketDataDialog</name>
    <message>
        <source>Market Data from Alpha Vantage</source>
        <translation>Marktdaten von Alpha Vantage</translation>
    </message>
    <message>
        <source>A share&apos;s latest price and shares outstanding from Alpha Vantage. It needs your API key (free at alphavantage.co), which is kept in the system keychain, never in the workspace. Answers are kept on this machine: the price for an hour, the rest a day.</source>
        <translation>Letzter Kurs und ausstehende Aktien einer Aktie von Alpha Vantage. Dafür ist Ihr API-Schlüssel nötig (kostenlos bei alphavantage.co); er wird im Schlüsselbund des Systems aufbewahrt, nie im Arbeitsbereich. Antworten bleiben auf diesem Rechner: der Kurs eine Stunde, der Rest einen Tag.</translation>
    </message>
    <message>
        <source>IBM, TSCO.LON</source>
        <translation>IBM, TSCO.LON</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Work &amp;offline: this machine&apos;s copy only</source>
        <translation>&amp;Offline arbeiten: nur die Kopie auf diesem Rechner</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>Ab&amp;rufen</translation>
    </message>
    <message>
        <source>&amp;Ticker:</source>
        <translation>&amp;Ticker:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Use for the &amp;Acquirer</source>
        <translation>Für den &amp;Käufer verwenden</translation>
    </message>
    <message>
        <source>Use for the Tar&amp;get</source>
        <translation>Für das &amp;Zielunternehmen verwenden</translation>
    </message>
    <message>
        <source>Use as &amp;Basic Shares</source>
        <translation>Als &amp;unverwässerte Aktienzahl verwenden</translation>
    </message>
    <message>
        <source>Give the ticker and press Fetch.</source>
        <translation>Ticker angeben und „Abrufen“ drücken.</translation>
    </message>
    <message>
        <source>Your Alpha Vantage API key</source>
        <translation>Ihr API-Schlüssel für Alpha Vantage</translation>
    </message>
    <message>
        <source>Reading this machine&apos;s copy…</source>
        <translation>Die Kopie auf diesem Rechner wird gelesen…</translation>
    </message>
    <message>
        <source>Asking Alpha Vantage…</source>
        <translation>Alpha Vantage wird gefragt…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 per share</source>
        <translation>%1: %2 %3 je Aktie</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>; %1 shares outstanding (%2 in the scenario&apos;s unit)</source>
        <translation>; %1 ausstehende Aktien (%2 in der Einheit des Szenarios)</translation>
    </message>
    <message>
        <source>Fetched from Alpha Vantage just now.</source>
        <translation>Soeben von Alpha Vantage abgerufen.</translation>
    </message>
    <message>
        <source>Alpha Vantage could not be asked (%1), so this is this machine&apos;s copy, fetched %2 ago.</source>
        <translation>Alpha Vantage war nicht erreichbar (%1), daher die Kopie auf diesem Rechner, abgerufen vor %2.</translation>
    </message>
    <message>
        <source>This machine&apos;s copy, fetched %1 ago.</source>
        <translation>Die Kopie auf diesem Rechner, abgerufen vor %1.</translation>
    </message>
    <message>
        <source>The scenario already has these figures.</source>
        <translation>Das Szenario hat diese Zahlen bereits.</translation>
    </message>
</context>
<context>
    <name>valor::ui::ModelForm</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
</context>
<context>
    <name>valor::ui::ModelView</name>
    <message>
        <source>&amp;Valuation</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>A&amp;nalysen</translation>
    </message>
    <message>
        <source>Drivers per year — type over a cell, paste a row from a spreadsheet (Ctrl+V), fill right (Ctrl+R)</source>
        <translation>Werttreiber je Jahr – Zelle überschreiben, Zeile aus einer Tabellenkalkulation einfügen (Strg+V), nach rechts ausfüllen (Strg+R)</translation>
    </message>
    <message>
        <source>Drivers per year</source>
        <translation>Werttreiber je Jahr</translation>
    </message>
    <message>
        <source>Ac&amp;tuals</source>
        <translation>Is&amp;t-Zahlen</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>Pr&amp;ognose</translation>
    </message>
</context>
<context>
    <name>valor::ui::MonteCarloPage</name>
    <message>
        <source>e.g. the market price</source>
        <translation>z. B. der aktuelle Marktpreis</translation>
    </message>
    <message>
        <source>&amp;Paths</source>
        <translation>&amp;Pfade</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>Startwert (S&amp;eed)</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>Ziel&amp;größe</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <source>Inputs that vary</source>
        <translation>Variierte Eingangsgrößen</translation>
    </message>
    <message>
        <source>Input to add</source>
        <translation>Hinzuzufügende Eingangsgröße</translation>
    </message>
    <message>
        <source>Remove Input</source>
        <translation>Eingangsgröße entfernen</translation>
    </message>
    <message>
        <source>Correlations (of the inputs&apos; normal scores)</source>
        <translation>Korrelationen (zwischen den Normal-Scores der Eingangsgrößen)</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Korrelationen</translation>
    </message>
    <message>
        <source>Add &amp;Correlation</source>
        <translation>&amp;Korrelation hinzufügen</translation>
    </message>
    <message>
        <source>Remove Correlation</source>
        <translation>Korrelation entfernen</translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>Simulation sta&amp;rten</translation>
    </message>
    <message>
        <source>Run the simulation (F5)</source>
        <translation>Simulation starten (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Simulation progress</source>
        <translation>Simulationsfortschritt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 % — about %2 s left</source>
        <translation>%1 % – noch etwa %2 s</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Simulation statistics</source>
        <translation>Kennzahlen der Simulation</translation>
    </message>
    <message>
        <source>Distribution of the output</source>
        <translation>Verteilung der Zielgröße</translation>
    </message>
    <message>
        <source>Cumulative distribution</source>
        <translation>Kumulierte Verteilung</translation>
    </message>
    <message>
        <source>Convergence of the mean</source>
        <translation>Konvergenz des Mittelwerts</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>CDF</source>
        <translation>Verteilungsfunktion</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Konvergenz</translation>
    </message>
    <message>
        <source>The scenario has changed since this simulation: the results are stale. Run it again to update them.</source>
        <translation>Das Szenario wurde seit dieser Simulation geändert: Die Ergebnisse sind veraltet. Starten Sie die Simulation erneut, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Choose an input to add.</source>
        <translation>Wählen Sie eine Eingangsgröße zum Hinzufügen aus.</translation>
    </message>
    <message>
        <source>Correlations need at least two inputs that vary.</source>
        <translation>Korrelationen erfordern mindestens zwei variierte Eingangsgrößen.</translation>
    </message>
    <message numerus="yes">
        <source>Simulating %n path(s)…</source>
        <translation>
            <numerusform>%n Pfad wird simuliert…</numerusform>
            <numerusform>%n Pfade werden simuliert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source> The scenario has changed since: the results are stale.</source>
        <translation> Das Szenario wurde seitdem geändert: Die Ergebnisse sind veraltet.</translation>
    </message>
    <message>
        <source>%1 of %2 paths valued; %3 could not be valued.</source>
        <translation>%1 von %2 Pfaden bewertet; nicht bewertbar: %3.</translation>
    </message>
    <message>
        <source>Value without randomness</source>
        <translation>Wert ohne Zufallseinfluss</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>Standard error of the mean</source>
        <translation>Standardfehler des Mittelwerts</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Probability above %1</source>
        <translation>Wahrscheinlichkeit über %1</translation>
    </message>
    <message>
        <source>Rank correlation: %1</source>
        <translation>Rangkorrelation: %1</translation>
    </message>
    <message>
        <source>Paths per bin</source>
        <translation>Pfade je Klasse</translation>
    </message>
    <message>
        <source>P5</source>
        <translation>P5</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>P(output ≤ x)</source>
        <translation>P(Zielgröße ≤ x)</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>95 % confidence band</source>
        <translation>95-%-Konfidenzband</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Lognormal</source>
        <translation>Lognormal</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>PERT</source>
        <translation>PERT</translation>
    </message>
    <message>
        <source>Discrete</source>
        <translation>Diskret</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ausprägungen</translation>
    </message>
    <message>
        <source>Add O&amp;utcome</source>
        <translation>Ausprägung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove Outcome</source>
        <translation>Ausprägung entfernen</translation>
    </message>
    <message>
        <source>What drives the value: rank correlation with the output</source>
        <translation>Werttreiber: Rangkorrelation mit der Zielgröße</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Werttreiber</translation>
    </message>
    <message>
        <source>Outcomes of %1 (discrete): values and their probabilities, which sum to 1</source>
        <translation>Ausprägungen von %1 (diskret): Werte und ihre Wahrscheinlichkeiten, die sich zu 1 summieren</translation>
    </message>
    <message>
        <source>Spearman rank correlation</source>
        <translation>Rangkorrelation nach Spearman</translation>
    </message>
    <message>
        <source> The correlations could not all hold together: the nearest valid matrix was used.</source>
        <translation> Die Korrelationen konnten nicht alle gleichzeitig gelten: Die nächstgelegene gültige Matrix wurde verwendet.</translation>
    </message>
    <message>
        <source>Seed: a whole number from 0 to 9,007,199,254,740,991, not “%1”.</source>
        <translation>Startwert: eine ganze Zahl von 0 bis 9.007.199.254.740.991, nicht „%1“.</translation>
    </message>
    <message>
        <source>Add &amp;Input</source>
        <translation>Eingangsgröße hinzu&amp;fügen</translation>
    </message>
    <message>
        <source> The statistics are those of the valued paths.</source>
        <translation> Die Kennzahlen beziehen sich auf die bewerteten Pfade.</translation>
    </message>
    <message>
        <source>The simulation stopped: %1</source>
        <translation>Die Simulation wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>beyond the plotted range: %1 below, %2 above</source>
        <translation>außerhalb des gezeigten Bereichs: %1 darunter, %2 darüber</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled. The results shown are from the previous run, which no longer matches the scenario and its settings.</source>
        <translation>Abgebrochen. Die angezeigten Ergebnisse stammen aus dem vorherigen Lauf, der nicht mehr zum Szenario und seinen Einstellungen passt.</translation>
    </message>
    <message>
        <source>Cancelled. The results shown are from the previous run.</source>
        <translation>Abgebrochen. Die angezeigten Ergebnisse stammen aus dem vorherigen Lauf.</translation>
    </message>
    <message>
        <source>Repair inconsistent correlations</source>
        <translation>Widersprüchliche Korrelationen reparieren</translation>
    </message>
    <message>
        <source>Off: a set of correlations that cannot hold together is an error naming the pair. On: the nearest valid correlation matrix is used instead.</source>
        <translation>Aus: Korrelationen, die nicht zusammen bestehen können, sind ein Fehler, der das Paar nennt. An: Stattdessen wird die nächstgelegene gültige Korrelationsmatrix verwendet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an output and its unit</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>valor::ui::OpenSharedDialog</name>
    <message>
        <source>Open Shared Scenario</source>
        <translation>Geteiltes Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Shared scenarios</source>
        <translation>Geteilte Szenarien</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt…</translation>
    </message>
    <message>
        <source>may edit</source>
        <translation>darf bearbeiten</translation>
    </message>
    <message>
        <source>may view</source>
        <translation>darf ansehen</translation>
    </message>
    <message>
        <source>Nothing is shared with you yet.</source>
        <translation>Mit Ihnen ist noch nichts geteilt.</translation>
    </message>
</context>
<context>
    <name>valor::ui::OutputsPanel</name>
    <message>
        <source>The scenario cannot be valued: %1</source>
        <translation>Das Szenario lässt sich nicht bewerten: %1</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <comment>above the key figures</comment>
        <translation>Beträge in %1</translation>
    </message>
</context>
<context>
    <name>valor::ui::Parser</name>
    <message>
        <source>The result is not a finite number.</source>
        <translation>Das Ergebnis ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not expected at position %2.</source>
        <translation>„%1“ ist an Stelle %2 nicht erwartet.</translation>
    </message>
    <message>
        <source>The formula ends too early.</source>
        <translation>Die Formel endet zu früh.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Division durch null.</translation>
    </message>
    <message>
        <source>The formula nests too deeply.</source>
        <translation>Die Formel ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>A closing parenthesis is missing.</source>
        <translation>Eine schließende Klammer fehlt.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>valor::ui::PayoffChart</name>
    <message>
        <source>Value today</source>
        <translation>Wert heute</translation>
    </message>
    <message>
        <source>Payoff at expiry</source>
        <translation>Auszahlung bei Verfall</translation>
    </message>
    <message>
        <source>Today&apos;s underlying</source>
        <translation>Heutiger Basiswert</translation>
    </message>
    <message>
        <source>Option value against the underlying (tree of %1 steps)</source>
        <translation>Optionswert nach Basiswert (Baum mit %1 Schritten)</translation>
    </message>
    <message>
        <source>Option value against the underlying</source>
        <translation>Optionswert nach Basiswert</translation>
    </message>
    <message>
        <source>Underlying (%1)</source>
        <translation>Basiswert (%1)</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
</context>
<context>
    <name>valor::ui::PerYearModel</name>
    <message>
        <source>%1, %2: %3 Nothing was changed.</source>
        <translation>%1, %2: %3 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is given in three stages; editing a year turns it into per-year values.</source>
        <translation>%1 ist in drei Phasen angegeben; das Bearbeiten eines Jahres macht daraus Werte je Jahr.</translation>
    </message>
    <message>
        <source>%1 is one constant; editing a year turns it into per-year values.</source>
        <translation>%1 ist ein fester Wert; das Bearbeiten eines Jahres macht daraus Werte je Jahr.</translation>
    </message>
    <message>
        <source>How %1 is given: right-click (or the Menu key) to make it constant, per year or staged.</source>
        <translation>Wie %1 angegeben wird: Rechtsklick (oder die Menütaste), um es konstant, je Jahr oder in Phasen anzugeben.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>driver caption · how it is given</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in %2 as the actuals give it; change the figures on the Actuals page.</source>
        <translation>%1 in %2 laut Ist-Zahlen; die Zahlen ändern Sie auf der Seite Ist-Zahlen.</translation>
    </message>
    <message>
        <source>%1A</source>
        <extracomment>A column of actual figures before the projection: &quot;2024A&quot;.</extracomment>
        <translation>%1 Ist</translation>
    </message>
    <message>
        <source>%1, %2: an actual year, shown beside the projection; change its figures on the Actuals page. Nothing was changed.</source>
        <translation>%1, %2: ein Ist-Jahr, neben der Planung gezeigt; seine Zahlen ändern Sie auf der Seite Ist-Zahlen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
</context>
<context>
    <name>valor::ui::PerYearView</name>
    <message>
        <source>%1: &amp;Constant…</source>
        <translation>%1: &amp;Konstant…</translation>
    </message>
    <message>
        <source>%1: &amp;Per Year</source>
        <translation>%1: &amp;Je Jahr</translation>
    </message>
    <message>
        <source>%1: In &amp;Stages…</source>
        <translation>%1: In &amp;Phasen…</translation>
    </message>
</context>
<context>
    <name>valor::ui::PortfolioEditor</name>
    <message>
        <source>&amp;Import History…</source>
        <translation>Historie &amp;importieren…</translation>
    </message>
    <message>
        <source>Reads a CSV file of prices or returns — a header row &quot;date, asset names…&quot;, then one row per period, oldest first — into the scenario.</source>
        <translation>Liest eine CSV-Datei mit Kursen oder Renditen – eine Kopfzeile &quot;Datum, Namen der Anlagen …&quot;, dann eine Zeile je Periode, die älteste zuerst – in das Szenario ein.</translation>
    </message>
    <message>
        <source>Import a price or return history</source>
        <translation>Eine Kurs- oder Renditehistorie importieren</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Historie löschen</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Die Historie löschen</translation>
    </message>
    <message>
        <source>No history: the risk uses the typed assumptions only.</source>
        <translation>Keine Historie: Das Risiko beruht nur auf den eingegebenen Annahmen.</translation>
    </message>
    <message>
        <source>History given, not usable yet (see the issues).</source>
        <translation>Historie vorhanden, aber noch nicht verwendbar (siehe die Hinweise).</translation>
    </message>
    <message>
        <source>History: %1 returns of each asset.</source>
        <translation>Historie: %1 Renditen je Anlage.</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Historie importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is larger than a history may be (4 MB).</source>
        <translation>%1 ist größer, als eine Historie sein darf (4 MB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import &amp;Matrix…</source>
        <translation>&amp;Matrix importieren…</translation>
    </message>
    <message>
        <source>Reads a correlation or covariance matrix from a CSV file: a header row of asset names, then a row per asset with its name first. A covariance matrix also sets the volatilities. It replaces the correlations listed.</source>
        <translation>Liest eine Korrelations- oder Kovarianzmatrix aus einer CSV-Datei: eine Kopfzeile mit den Namen der Anlagen, dann eine Zeile je Anlage mit ihrem Namen zuerst. Eine Kovarianzmatrix setzt auch die Volatilitäten. Sie ersetzt die aufgeführten Korrelationen.</translation>
    </message>
    <message>
        <source>Import a correlation or covariance matrix</source>
        <translation>Eine Korrelations- oder Kovarianzmatrix importieren</translation>
    </message>
    <message>
        <source>Import Matrix</source>
        <translation>Matrix importieren</translation>
    </message>
    <message>
        <source>History: %1 returns of each asset; Ledoit–Wolf shrinkage intensity %2.</source>
        <extracomment>Ledoit–Wolf&apos;s shrinkage intensity δ*: 0 keeps the sample covariance, 1 is the target.</extracomment>
        <translation>Historie: %1 Renditen je Anlage; Ledoit-Wolf-Schrumpfungsintensität %2.</translation>
    </message>
</context>
<context>
    <name>valor::ui::PortfolioResults</name>
    <message>
        <source>rejected at 5 %: the normal VaR misjudges this history&apos;s tail</source>
        <translation>abgelehnt bei 5 %: Der normalverteilte VaR verschätzt sich im Verlustende dieser Historie</translation>
    </message>
    <message>
        <source>not rejected at 5 %</source>
        <translation>nicht abgelehnt bei 5 %</translation>
    </message>
    <message>
        <source>Kupiec backtest of the normal one-period VaR at %1 on the history: %2 exceptions in %3 periods (%4 expected), likelihood ratio %5, p-value %6 — %7.</source>
        <translation>Kupiec-Backtest des normalverteilten VaR über eine Periode bei %1 auf der Historie: %2 Überschreitungen in %3 Perioden (%4 erwartet), Likelihood-Quotient %5, p-Wert %6 – %7.</translation>
    </message>
    <message>
        <source>&amp;Weights and risk contributions:</source>
        <translation>&amp;Gewichte und Risikobeiträge:</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share of risk</source>
        <translation>Anteil am Risiko</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Erwartete Rendite</translation>
    </message>
    <message>
        <source>Weights and risk contributions</source>
        <translation>Gewichte und Risikobeiträge</translation>
    </message>
    <message numerus="yes">
        <source>VaR and expected shortfall are losses over %n trading day(s) at %1 confidence, as a share of the portfolio&apos;s value (and as amounts with its value given): VaR the loss exceeded with probability 1 − confidence, expected shortfall the mean loss beyond it.</source>
        <extracomment>%1 trading days, %2 the confidence level (&quot;99.00 %&quot;).</extracomment>
        <translation>
            <numerusform>VaR und Expected Shortfall sind Verluste über %n Handelstag bei einem Konfidenzniveau von %1, als Anteil am Wert des Portfolios (und als Beträge, wenn sein Wert angegeben ist): VaR der Verlust, der mit Wahrscheinlichkeit 1 − Konfidenzniveau überschritten wird, Expected Shortfall der mittlere Verlust darüber hinaus.</numerusform>
            <numerusform>VaR und Expected Shortfall sind Verluste über %n Handelstage bei einem Konfidenzniveau von %1, als Anteil am Wert des Portfolios (und als Beträge, wenn sein Wert angegeben ist): VaR der Verlust, der mit Wahrscheinlichkeit 1 − Konfidenzniveau überschritten wird, Expected Shortfall der mittlere Verlust darüber hinaus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valor::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>Jahresende</translation>
    </message>
    <message>
        <source>Mid-year</source>
        <translation>Jahresmitte</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Decimals for money:</source>
        <translation>&amp;Dezimalstellen für Geldbeträge:</translation>
    </message>
    <message>
        <source>Discounting for &amp;new scenarios:</source>
        <translation>Diskontierung für &amp;neue Szenarien:</translation>
    </message>
    <message>
        <source>&amp;Your name (recorded with changes):</source>
        <translation>&amp;Ihr Name (wird mit Änderungen gespeichert):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Decimals for money</source>
        <translation>Dezimalstellen für Geldbeträge</translation>
    </message>
    <message>
        <source>Discounting for new scenarios</source>
        <translation>Diskontierung für neue Szenarien</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Show negative amounts in &amp;parentheses: (1,234.5)</source>
        <translation>Negative Beträge in &amp;Klammern zeigen: (1.234,5)</translation>
    </message>
    <message>
        <source>As entered in each scenario</source>
        <translation>Wie im jeweiligen Szenario eingegeben</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <source>Millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>Billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>The unit results show amounts in. Inputs keep the unit of their scenario; per-share values and share counts are never rescaled.</source>
        <translation>Die Einheit, in der Ergebnisse Beträge zeigen. Eingaben behalten die Einheit ihres Szenarios; Werte je Aktie und Aktienzahlen werden nie umgerechnet.</translation>
    </message>
    <message>
        <source>Show &amp;amounts in:</source>
        <translation>&amp;Beträge zeigen in:</translation>
    </message>
    <message>
        <source>Show amounts in</source>
        <translation>Beträge zeigen in</translation>
    </message>
</context>
<context>
    <name>valor::ui::RealOptionEditor</name>
    <message>
        <source>Take from a Scenario…</source>
        <translation>Aus Szenario übernehmen…</translation>
    </message>
    <message>
        <source>Sets the underlying to the enterprise value of another scenario in this workspace (a DCF, for example), and records where it came from.</source>
        <translation>Setzt den Basiswert auf den Unternehmenswert eines anderen Szenarios dieses Arbeitsbereichs (etwa eines DCF) und vermerkt, woher er stammt.</translation>
    </message>
    <message>
        <source>Take the underlying from a scenario</source>
        <translation>Basiswert aus einem Szenario übernehmen</translation>
    </message>
    <message>
        <source>Take the Underlying from a Scenario</source>
        <translation>Basiswert aus einem Szenario übernehmen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This workspace has no other valuation to take an enterprise value from.</source>
        <translation>Dieser Arbeitsbereich enthält keine andere Bewertung, aus der ein Unternehmenswert übernommen werden kann.</translation>
    </message>
    <message>
        <source>The underlying becomes the &amp;enterprise value of:</source>
        <translation>Der Basiswert wird zum &amp;Unternehmenswert von:</translation>
    </message>
    <message>
        <source>“%1” cannot be valued, so it gives no enterprise value.</source>
        <translation>„%1“ kann nicht bewertet werden und liefert daher keinen Unternehmenswert.</translation>
    </message>
    <message>
        <source>“%1” reports no enterprise value.</source>
        <translation>„%1“ weist keinen Unternehmenswert aus.</translation>
    </message>
    <message>
        <source>The enterprise value of “%1” is not above zero.</source>
        <translation>Der Unternehmenswert von „%1“ ist nicht größer als null.</translation>
    </message>
    <message>
        <source>“%1” is in another currency than this scenario.</source>
        <translation>„%1“ lautet auf eine andere Währung als dieses Szenario.</translation>
    </message>
</context>
<context>
    <name>valor::ui::RemoteHighlight</name>
    <message>
        <source>Changed by %1</source>
        <translation>Geändert von %1</translation>
    </message>
</context>
<context>
    <name>valor::ui::ResultChartView</name>
    <message>
        <source>The image could not be written.</source>
        <translation>Das Bild konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>Diagramm &amp;speichern unter…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>Diagramm speichern unter</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>valor::ui::ResultsPanel</name>
    <message>
        <source>Per year</source>
        <translation>Je Jahr</translation>
    </message>
    <message>
        <source>The projection year by year, as the valuation computes it</source>
        <translation>Die Prognose Jahr für Jahr, wie die Bewertung sie berechnet</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Projection by year</source>
        <translation>Prognose nach Jahren</translation>
    </message>
    <message>
        <source>Enterprise value (%1)</source>
        <translation>Unternehmenswert (%1)</translation>
    </message>
    <message>
        <source>Equity value (%1)</source>
        <translation>Eigenkapitalwert (%1)</translation>
    </message>
    <message>
        <source>Value per share (%1)</source>
        <translation>Wert je Aktie (%1)</translation>
    </message>
    <message>
        <source>PV of explicit years (%1)</source>
        <translation>Barwert der Detailplanungsjahre (%1)</translation>
    </message>
    <message>
        <source>PV of terminal value (%1)</source>
        <translation>Barwert des Endwerts (%1)</translation>
    </message>
    <message>
        <source>Terminal value share of EV</source>
        <translation>Anteil des Endwerts am Unternehmenswert</translation>
    </message>
    <message>
        <source>Implied exit multiple (EV/EBIT)</source>
        <translation>Implizites Exit-Multiple (EV/EBIT)</translation>
    </message>
    <message>
        <source>Implied exit multiple (EV/EBITDA)</source>
        <translation>Implizites Exit-Multiple (EV/EBITDA)</translation>
    </message>
    <message>
        <source>Implied terminal growth</source>
        <translation>Implizite ewige Wachstumsrate</translation>
    </message>
    <message>
        <source>WACC</source>
        <translation>Kapitalkosten (WACC)</translation>
    </message>
    <message>
        <source>Present value of the explicit years&apos; free cash flows plus the present value of the terminal value.</source>
        <translation>Barwert der freien Cashflows der Detailplanungsjahre zuzüglich des Barwerts des Endwerts.</translation>
    </message>
    <message>
        <source>Enterprise value − debt − preferred − minority interest + cash + non-operating assets.</source>
        <translation>Unternehmenswert − Finanzschulden − Vorzugskapital − Minderheitsanteile + Zahlungsmittel + nicht betriebsnotwendiges Vermögen.</translation>
    </message>
    <message>
        <source>Equity value ÷ diluted shares (options by the treasury stock method).</source>
        <translation>Eigenkapitalwert ÷ verwässerte Aktienanzahl (Optionen nach der Treasury-Stock-Methode).</translation>
    </message>
    <message>
        <source>Sum of the present values of the free cash flows in the projection years.</source>
        <translation>Summe der Barwerte der freien Cashflows in den Prognosejahren.</translation>
    </message>
    <message>
        <source>The terminal value at the end of the final year, discounted to the valuation date.</source>
        <translation>Der Endwert am Ende des letzten Prognosejahres, diskontiert auf den Bewertungsstichtag.</translation>
    </message>
    <message>
        <source>PV of the terminal value ÷ enterprise value. Above 75 % the value rests mostly on the years after the projection.</source>
        <translation>Barwert des Endwerts ÷ Unternehmenswert. Über 75 % beruht der Wert überwiegend auf den Jahren nach dem Prognosezeitraum.</translation>
    </message>
    <message>
        <source>The multiple of the final year&apos;s metric that would give the same PV of the terminal value: a cross-check of the terminal assumptions.</source>
        <translation>Das Multiple auf die Kennzahl des letzten Jahres, das denselben Barwert des Endwerts ergäbe: eine Plausibilitätsprüfung der Endwertannahmen.</translation>
    </message>
    <message>
        <source>The perpetual growth rate that would give the same PV of the terminal value: a cross-check of the terminal assumptions.</source>
        <translation>Die ewige Wachstumsrate, die denselben Barwert des Endwerts ergäbe: eine Plausibilitätsprüfung der Endwertannahmen.</translation>
    </message>
    <message>
        <source>The discount rate: weighted average cost of capital.</source>
        <translation>Der Diskontierungssatz: gewichtete durchschnittliche Kapitalkosten (WACC).</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>An EV multiple, e.g. &quot;7.6×&quot;.</extracomment>
        <translation>%1×</translation>
    </message>
    <message numerus="yes">
        <source>Equity value ÷ %1 diluted shares (treasury stock method; %n option tranche(s) in the money).</source>
        <translation>
            <numerusform>Eigenkapitalwert ÷ %1 verwässerte Aktien (Treasury-Stock-Methode; %n Optionstranche im Geld).</numerusform>
            <numerusform>Eigenkapitalwert ÷ %1 verwässerte Aktien (Treasury-Stock-Methode; %n Optionstranchen im Geld).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost of equity %1 (levered beta %2), after-tax cost of debt %3; weights: equity %4, debt %5.</source>
        <translation>Eigenkapitalkosten %1 (verschuldetes Beta %2), Fremdkapitalkosten nach Steuern %3; Gewichtung: Eigenkapital %4, Fremdkapital %5.</translation>
    </message>
    <message>
        <source>The discount rate, entered directly.</source>
        <translation>Der Diskontierungssatz, direkt eingegeben.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>A warning line; %1 is the warning&apos;s text.</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>Open a scenario to see its valuation here.</source>
        <translation>Öffnen Sie ein Szenario, um hier seine Bewertung zu sehen.</translation>
    </message>
    <message>
        <source>This scenario cannot be valued yet</source>
        <translation>Dieses Szenario kann noch nicht bewertet werden</translation>
    </message>
    <message>
        <source>Fix the inputs below; the results appear as soon as every check passes.</source>
        <translation>Korrigieren Sie die Eingaben unten; die Ergebnisse erscheinen, sobald alle Prüfungen bestanden sind.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An input error: %1 is the field&apos;s caption, %2 what is wrong.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Amounts in %1. Hover over a row&apos;s name for how it is computed.</source>
        <translation>Beträge in %1. Zeigen Sie auf den Namen einer Zeile, um zu sehen, wie sie berechnet wird.</translation>
    </message>
    <message>
        <source>Enterprise value</source>
        <translation>Unternehmenswert</translation>
    </message>
    <message>
        <source>Equity value</source>
        <translation>Eigenkapitalwert</translation>
    </message>
    <message>
        <source>PV of explicit years</source>
        <translation>Barwert der Detailplanungsjahre</translation>
    </message>
    <message>
        <source>PV of terminal value</source>
        <translation>Barwert des Endwerts</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <comment>above the key figures</comment>
        <translation>Beträge in %1</translation>
    </message>
</context>
<context>
    <name>valor::ui::ReturnsBridgeChart</name>
    <message>
        <source>Where the equity gain comes from</source>
        <translation>Quellen der Wertsteigerung des Eigenkapitals</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Zuschläge</translation>
    </message>
    <message>
        <source>Deducts</source>
        <translation>Abzüge</translation>
    </message>
    <message>
        <source>Equity in</source>
        <translation>Eigenkapital bei Einstieg</translation>
    </message>
    <message>
        <source>EBITDA growth</source>
        <translation>EBITDA-Wachstum</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <source>Debt paydown</source>
        <translation>Schuldenabbau</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>= Equity out</source>
        <translation>= Eigenkapital beim Exit</translation>
    </message>
</context>
<context>
    <name>valor::ui::RevenueFcffChart</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Revenue and free cash flow</source>
        <translation>Umsatz und freier Cashflow</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>FCFF</source>
        <translation>FCFF</translation>
    </message>
    <message>
        <source>Revenue, actual</source>
        <translation>Umsatz, Ist</translation>
    </message>
    <message>
        <source>%1A</source>
        <extracomment>An actual year on a chart&apos;s axis: &quot;2024A&quot;.</extracomment>
        <translation>%1 Ist</translation>
    </message>
</context>
<context>
    <name>valor::ui::ScenarioListModel</name>
    <message>
        <source>%1
Revision %2, changed %3</source>
        <translation>%1
Revision %2, geändert am %3</translation>
    </message>
    <message>
        <source>, shared</source>
        <translation>, geteilt</translation>
    </message>
    <message>
        <source>Shared through the sync server</source>
        <translation>Über den Sync-Server geteilt</translation>
    </message>
</context>
<context>
    <name>valor::ui::Secrets</name>
    <message>
        <source>The system keychain is not available (%1): the key is kept until Valor closes.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1): der Schlüssel bleibt nur, bis Valor beendet wird.</translation>
    </message>
</context>
<context>
    <name>valor::ui::SensitivityGridModel</name>
    <message>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <source>This combination of inputs cannot be valued.</source>
        <translation>Diese Kombination der Eingaben lässt sich nicht bewerten.</translation>
    </message>
    <message>
        <source>The scenario as it is</source>
        <translation>Das Szenario, wie es ist</translation>
    </message>
</context>
<context>
    <name>valor::ui::SensitivityPage</name>
    <message>
        <source>%1 from</source>
        <translation>%1 von</translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation>%1 bis</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>Across (x)</source>
        <translation>Spalten (x)</translation>
    </message>
    <message>
        <source>Down (y)</source>
        <translation>Zeilen (y)</translation>
    </message>
    <message>
        <source>&amp;Across</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Z&amp;eilen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>&amp;Compute Grid</source>
        <translation>Tabelle be&amp;rechnen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>Ziel&amp;größe</translation>
    </message>
    <message>
        <source>Sensitivity grid</source>
        <translation>Sensitivitätstabelle</translation>
    </message>
    <message>
        <source>Give every “from” and “to” as a number.</source>
        <translation>Geben Sie jeden „von“- und „bis“-Wert als Zahl ein.</translation>
    </message>
    <message>
        <source>Rows: %1; columns: %2; base value %3.</source>
        <translation>Zeilen: %1; Spalten: %2; Basiswert %3.</translation>
    </message>
    <message numerus="yes">
        <source> %n cell(s) cannot be valued.</source>
        <translation>
            <numerusform> %n Zelle kann nicht bewertet werden.</numerusform>
            <numerusform> %n Zellen können nicht bewertet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Sensitivity Grid</source>
        <translation>Sensitivitätstabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>(none: a one-way sweep)</source>
        <translation>(keine: eindimensionale Variation)</translation>
    </message>
    <message>
        <source>One-way sweep</source>
        <translation>Eindimensionale Variation</translation>
    </message>
    <message>
        <source>Columns: %1; base value %2.</source>
        <translation>Spalten: %1; Basiswert %2.</translation>
    </message>
    <message>
        <source>%1 as %2 varies</source>
        <translation>%1, wenn %2 variiert</translation>
    </message>
    <message>
        <source>%1 as %2 (across) and %3 (down) vary</source>
        <translation>%1, wenn %2 (Spalten) und %3 (Zeilen) variieren</translation>
    </message>
    <message>
        <source>%1 step size</source>
        <translation>%1 Schrittweite</translation>
    </message>
    <message>
        <source>The difference between neighbouring values. Typing it sets the number of steps and moves “to” so every value is a round one.</source>
        <translation>Der Abstand benachbarter Werte. Eine Eingabe setzt die Zahl der Schritte und verschiebt „bis“, sodass jeder Wert ein runder ist.</translation>
    </message>
    <message>
        <source>by</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Step size: a number above zero, not “%1”.</source>
        <translation>Schrittweite: eine Zahl über null, nicht „%1“.</translation>
    </message>
    <message>
        <source>Step size: %1 gives %2 values between “from” and “to”; a grid takes 2 to %3.</source>
        <translation>Schrittweite: %1 ergibt %2 Werte zwischen „von“ und „bis“; ein Raster nimmt 2 bis %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>output (unit)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>valor::ui::ShareDialog</name>
    <message>
        <source>Share “%1”</source>
        <translation>„%1“ teilen</translation>
    </message>
    <message>
        <source>The scenario is uploaded to the server and kept in sync. Colleagues of your firm named here can open it; owners and admins of the firm see it anyway.</source>
        <translation>Das Szenario wird auf den Server geladen und abgeglichen. Die hier genannten Kolleginnen und Kollegen Ihrer Firma können es öffnen; Eigentümer und Administratoren der Firma sehen es ohnehin.</translation>
    </message>
    <message>
        <source>e-mails, separated by commas</source>
        <translation>E-Mail-Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>May view</source>
        <translation>Darf ansehen</translation>
    </message>
    <message>
        <source>May edit</source>
        <translation>Darf bearbeiten</translation>
    </message>
    <message>
        <source>May &amp;view:</source>
        <translation>Darf &amp;ansehen:</translation>
    </message>
    <message>
        <source>May &amp;edit:</source>
        <translation>Darf &amp;bearbeiten:</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
</context>
<context>
    <name>valor::ui::SignInDialog</name>
    <message>
        <source>Sign In to a Valor Server</source>
        <translation>Bei einem Valor-Server anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Keep the sign-in in a file instead of the system keychain</source>
        <translation>Anmeldung in einer &amp;Datei statt im Schlüsselbund des Systems aufbewahren</translation>
    </message>
    <message>
        <source>For computers without a keychain. The file (~/.config/valor/sync.json) is readable by you only, and valor-cli uses it too.</source>
        <translation>Für Computer ohne Schlüsselbund. Die Datei (~/.config/valor/sync.json) kann nur von Ihnen gelesen werden; valor-cli verwendet sie ebenfalls.</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The server, the e-mail and the password are all needed.</source>
        <translation>Server, E-Mail und Passwort werden alle benötigt.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>valor::ui::StatementImportDialog</name>
    <message>
        <source>Import Statement</source>
        <translation>Abschluss importieren</translation>
    </message>
    <message>
        <source>Statement file</source>
        <translation>Abschlussdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>As the file states</source>
        <translation>Wie in der Datei angegeben</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <source>Millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>Billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>&amp;Decimal comma (1.234,5)</source>
        <translation>De&amp;zimalkomma (1.234,5)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Wählen Sie eine Datei, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), figures in %1 as the file gives them; imported in %2.</source>
        <translation>
            <numerusform>%n Posten, Zahlen in %1 wie in der Datei; importiert in %2.</numerusform>
            <numerusform>%n Posten, Zahlen in %1 wie in der Datei; importiert in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported, not a line the scenario keeps: %1.</source>
        <translation>Nicht importiert, kein Posten des Szenarios: %1.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>A statement saved as CSV or an Excel workbook (.xlsx): a row per line item (Revenue, EBITDA, Net income …), a column per fiscal year. Rows are matched by their labels, in English or German.</source>
        <translation>Ein als CSV oder Excel-Arbeitsmappe (.xlsx) gespeicherter Abschluss: eine Zeile je Posten (Umsatzerlöse, EBITDA, Jahresüberschuss …), eine Spalte je Geschäftsjahr. Zeilen werden an ihren Bezeichnungen erkannt, auf Deutsch oder Englisch.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>A row&apos;s line can be chosen by hand; the choices can be saved as a mapping for the next statement (and valor-cli import-actuals --mapping).</source>
        <translation>Der Posten einer Zeile lässt sich von Hand wählen; die Wahl lässt sich als Zuordnung für den nächsten Abschluss speichern (auch für valor-cli import-actuals --mapping).</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Statements (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Abschlüsse (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>Line of “%1”</source>
        <translation>Posten von „%1“</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Zuordnungen (*.json)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <source>Figures i&amp;n:</source>
        <translation>Zahlen i&amp;n:</translation>
    </message>
    <message>
        <source>%1 is larger than a statement can be.</source>
        <translation>%1 ist größer, als ein Abschluss sein kann.</translation>
    </message>
    <message>
        <source>Column years:</source>
        <translation>Jahre der Spalten:</translation>
    </message>
    <message>
        <source>The fiscal year each column holds, as the file heads it unless chosen here</source>
        <translation>Das Geschäftsjahr jeder Spalte, wie die Datei es überschreibt, sofern hier nicht anders gewählt</translation>
    </message>
    <message>
        <source>Year of the column headed %1</source>
        <extracomment>The column of a statement whose heading names a year: &quot;Year of the column headed 2024&quot;.</extracomment>
        <translation>Jahr der Spalte mit der Überschrift %1</translation>
    </message>
    <message>
        <source>%1 (as headed)</source>
        <translation>%1 (wie überschrieben)</translation>
    </message>
</context>
<context>
    <name>valor::ui::SyncController</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Signed out of the server</source>
        <translation>Vom Server abgemeldet</translation>
    </message>
    <message numerus="yes">
        <source>Offline, %n edit(s) waiting</source>
        <translation>
            <numerusform>Offline, %n Änderung wartet</numerusform>
            <numerusform>Offline, %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to send</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n Konflikt zu prüfen</numerusform>
            <numerusform>%n Konflikte zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved sign-in is gone; sign in again.</source>
        <translation>Die gespeicherte Anmeldung fehlt; bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in; sign in again.</source>
        <translation>Der Server nimmt Ihre Anmeldung nicht mehr an; bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>Nur ansehen</translation>
    </message>
</context>
<context>
    <name>valor::ui::SyncMenu</name>
    <message>
        <source>Changes from %1</source>
        <translation>Änderungen von %1</translation>
    </message>
    <message>
        <source>Shared; colleagues you named can open it now</source>
        <translation>Geteilt; die genannten Kolleginnen und Kollegen können es jetzt öffnen</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Ab&amp;gleich</translation>
    </message>
    <message>
        <source>Sign &amp;In to a Server…</source>
        <translation>Bei einem Server &amp;anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>&amp;Share Scenario…</source>
        <translation>Szenario &amp;teilen…</translation>
    </message>
    <message>
        <source>&amp;Open Shared Scenario…</source>
        <translation>Geteiltes Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Review &amp;Conflicts…</source>
        <translation>&amp;Konflikte prüfen…</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 hat %2 geändert</translation>
    </message>
    <message>
        <source> · also open by %1</source>
        <translation> · auch geöffnet von %1</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Abgleichstatus</translation>
    </message>
    <message>
        <source>Sharing…</source>
        <translation>Wird geteilt…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 deleted the scenario</source>
        <translation>%1 hat das Szenario gelöscht</translation>
    </message>
</context>
<context>
    <name>valor::ui::SyncWorker</name>
    <message>
        <source>%1 could not be given access: %2</source>
        <translation>%1 konnte kein Zugriff gegeben werden: %2</translation>
    </message>
    <message>
        <source>This scenario is not shared.</source>
        <translation>Dieses Szenario ist nicht geteilt.</translation>
    </message>
    <message>
        <source>Only the firm&apos;s owners and admins see the audit trail.</source>
        <translation>Nur Eigentümer und Administratoren der Firma sehen den Prüfpfad.</translation>
    </message>
</context>
<context>
    <name>valor::ui::TerminalShareChart</name>
    <message>
        <source>Terminal value share of EV</source>
        <translation>Anteil des Endwerts am Unternehmenswert</translation>
    </message>
    <message>
        <source>Terminal value share of EV: not meaningful with a negative part</source>
        <translation>Anteil des Endwerts am Unternehmenswert: bei einem negativen Anteil nicht aussagekräftig</translation>
    </message>
    <message>
        <source>Explicit years %1</source>
        <translation>Detailplanungsjahre %1</translation>
    </message>
    <message>
        <source>Terminal value %1</source>
        <translation>Endwert %1</translation>
    </message>
</context>
<context>
    <name>valor::ui::TornadoPage</name>
    <message>
        <source>Change of each input</source>
        <translation>Veränderung jeder Eingangsgröße</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>&amp;Compute Tornado</source>
        <translation>Tornado be&amp;rechnen</translation>
    </message>
    <message>
        <source>Move each input by ±</source>
        <translation>Jede Eingangsgröße variieren um ±</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>Ziel&amp;größe</translation>
    </message>
    <message>
        <source>Tornado: swing of the output</source>
        <translation>Tornado-Diagramm: Schwankungsbreite der Zielgröße</translation>
    </message>
    <message>
        <source>Spider: output as each input moves</source>
        <translation>Spider-Diagramm: Zielgröße bei Variation der einzelnen Eingangsgrößen</translation>
    </message>
    <message>
        <source>Input −%1 %</source>
        <translation>Eingangsgröße −%1 %</translation>
    </message>
    <message>
        <source>Input +%1 %</source>
        <translation>Eingangsgröße +%1 %</translation>
    </message>
    <message>
        <source>Change from the base value %1</source>
        <translation>Veränderung gegenüber dem Basiswert %1</translation>
    </message>
    <message>
        <source>Change of the input (%)</source>
        <translation>Veränderung der Eingangsgröße (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) moved one at a time.</source>
        <translation>
            <numerusform>%n Eingangsgröße einzeln variiert.</numerusform>
            <numerusform>%n Eingangsgrößen jeweils einzeln variiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n could not be valued at one end of the range.</source>
        <translation>
            <numerusform> %n davon konnte an einem Ende der Spanne nicht bewertet werden.</numerusform>
            <numerusform> %n davon konnten an einem Ende der Spanne nicht bewertet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 to %3</source>
        <translation>%1&lt;br&gt;%2 bis %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an axis and its unit</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>valor::ui::VersionDiffDialog</name>
    <message>
        <source>Compare “%1” with the current scenario</source>
        <translation>„%1“ mit dem aktuellen Szenario vergleichen</translation>
    </message>
    <message>
        <source>The current scenario matches version “%1”.</source>
        <translation>Das aktuelle Szenario entspricht der Version „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between version “%1” and the current scenario.</source>
        <translation>
            <numerusform>%n Unterschied zwischen der Version „%1“ und dem aktuellen Szenario.</numerusform>
            <numerusform>%n Unterschiede zwischen der Version „%1“ und dem aktuellen Szenario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Differences from version “%1”</source>
        <translation>Unterschiede zur Version „%1“</translation>
    </message>
    <message>
        <source>Effect on the results:</source>
        <translation>Auswirkung auf die Ergebnisse:</translation>
    </message>
    <message>
        <source>Version “%1”</source>
        <translation>Version „%1“</translation>
    </message>
    <message>
        <source>Results of version “%1” and now</source>
        <translation>Ergebnisse der Version „%1“ und jetzt</translation>
    </message>
    <message>
        <source>One row per field: its name, its value in the version and its value now</source>
        <translation>Eine Zeile je Feld: sein Name, sein Wert in der Version und sein Wert jetzt</translation>
    </message>
</context>
<context>
    <name>valor::ui::WaterfallChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (from %3 to %4)</source>
        <translation>%1: %2 (von %3 auf %4)</translation>
    </message>
</context>
<context>
    <name>valor::ui::YearTableModel</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number (e.g. &quot;8.2 %&quot;). Use your language&apos;s spacing.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>EBITDA</source>
        <translation>EBITDA</translation>
    </message>
    <message>
        <source>EBIT</source>
        <translation>EBIT</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>NOPAT</source>
        <translation>NOPAT</translation>
    </message>
    <message>
        <source>D&amp;A</source>
        <translation>Abschreibungen</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Investitionen (Capex)</translation>
    </message>
    <message>
        <source>ΔNWC</source>
        <translation>ΔNWC</translation>
    </message>
    <message>
        <source>Reinvestment</source>
        <translation>Reinvestitionen</translation>
    </message>
    <message>
        <source>FCFF</source>
        <translation>FCFF</translation>
    </message>
    <message>
        <source>Discount period</source>
        <translation>Diskontierungszeitraum</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>Diskontierungsfaktor</translation>
    </message>
    <message>
        <source>Present value</source>
        <translation>Barwert</translation>
    </message>
    <message>
        <source>Revenue of the fiscal year: the previous year&apos;s revenue × (1 + growth).</source>
        <translation>Umsatz des Geschäftsjahres: Umsatz des Vorjahres × (1 + Wachstum).</translation>
    </message>
    <message>
        <source>Revenue growth over the previous year (the first year grows from the base year&apos;s revenue).</source>
        <translation>Umsatzwachstum gegenüber dem Vorjahr (das erste Jahr wächst vom Umsatz des Basisjahres aus).</translation>
    </message>
    <message>
        <source>EBIT plus depreciation and amortisation. Not shown when D&amp;A is not modelled.</source>
        <translation>EBIT zuzüglich Abschreibungen. Wird nicht angezeigt, wenn Abschreibungen nicht modelliert werden.</translation>
    </message>
    <message>
        <source>Operating profit: revenue × EBIT margin.</source>
        <translation>Operatives Ergebnis: Umsatz × EBIT-Marge.</translation>
    </message>
    <message>
        <source>Operating taxes: EBIT × tax rate. A loss gives a tax credit; loss carry-forwards are not modelled.</source>
        <translation>Operative Steuern: EBIT × Steuersatz. Ein Verlust ergibt eine Steuergutschrift; Verlustvorträge werden nicht modelliert.</translation>
    </message>
    <message>
        <source>Net operating profit after tax: EBIT − taxes.</source>
        <translation>Operatives Ergebnis nach Steuern: EBIT − Steuern.</translation>
    </message>
    <message>
        <source>Depreciation and amortisation: revenue × D&amp;A %. Not shown when the scenario does not model it.</source>
        <translation>Abschreibungen: Umsatz × Abschreibungen in %. Wird nicht angezeigt, wenn das Szenario sie nicht modelliert.</translation>
    </message>
    <message>
        <source>Capital expenditure: revenue × capex %. Only with the percent-of-revenue reinvestment method.</source>
        <translation>Investitionen (Capex): Umsatz × Investitionen in %. Nur bei der Reinvestitionsmethode „in % des Umsatzes“.</translation>
    </message>
    <message>
        <source>Increase in net working capital: this year&apos;s NWC (revenue × NWC %) minus last year&apos;s. Only with the percent-of-revenue reinvestment method.</source>
        <translation>Zunahme des Nettoumlaufvermögens (NWC): NWC des laufenden Jahres (Umsatz × NWC in %) abzüglich des NWC des Vorjahres. Nur bei der Reinvestitionsmethode „in % des Umsatzes“.</translation>
    </message>
    <message>
        <source>Capex − D&amp;A + ΔNWC (percent of revenue), or the revenue increase ÷ the sales-to-capital ratio.</source>
        <translation>Investitionen − Abschreibungen + ΔNWC (in % des Umsatzes) oder Umsatzzuwachs ÷ Umsatz-Kapital-Verhältnis.</translation>
    </message>
    <message>
        <source>Free cash flow to the firm for the full year: NOPAT − reinvestment.</source>
        <translation>Freier Cashflow an alle Kapitalgeber (FCFF) für das ganze Jahr: NOPAT − Reinvestitionen.</translation>
    </message>
    <message>
        <source>Years from the valuation date to when the year&apos;s cash flow is assumed to arrive (the end or the middle of the year, per the discounting convention).</source>
        <translation>Jahre vom Bewertungsstichtag bis zum angenommenen Zufluss des Cashflows des Jahres (Jahresende oder Jahresmitte, je nach Diskontierungskonvention).</translation>
    </message>
    <message>
        <source>1 ÷ (1 + WACC) raised to the discount period.</source>
        <translation>1 ÷ (1 + WACC) hoch Diskontierungszeitraum.</translation>
    </message>
    <message>
        <source>FCFF × the part of the year still ahead × the discount factor.</source>
        <translation>FCFF × noch ausstehender Teil des Jahres × Diskontierungsfaktor.</translation>
    </message>
    <message>
        <source>Not modelled by this scenario&apos;s reinvestment method.</source>
        <translation>Wird von der Reinvestitionsmethode dieses Szenarios nicht modelliert.</translation>
    </message>
    <message>
        <source>Fiscal year %1: the valuation date falls inside it, so only %2 of its cash flow is valued.</source>
        <translation>Geschäftsjahr %1: Der Bewertungsstichtag liegt in diesem Jahr, daher wird nur %2 seines Cashflows bewertet.</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>Geschäftsjahr %1</translation>
    </message>
    <message>
        <source>Year fraction</source>
        <translation>Jahresanteil</translation>
    </message>
    <message>
        <source>The part of the fiscal year&apos;s cash flow that is valued: 1.00 for a full year, less for the first year when the valuation date falls inside it (a stub year).</source>
        <translation>Der bewertete Anteil des Cashflows des Geschäftsjahres: 1,00 für ein volles Jahr, weniger im ersten Jahr, wenn der Bewertungsstichtag in das Jahr fällt (Rumpfjahr).</translation>
    </message>
    <message>
        <source>Terminal value</source>
        <translation>Endwert</translation>
    </message>
    <message>
        <source>The value of the years after %1, at the end of %1 (FCFF row), discounted to the valuation date; its present value is part of the enterprise value.</source>
        <translation>Der Wert der Jahre nach %1, zum Ende von %1 (Zeile FCFF), auf den Bewertungsstichtag diskontiert; sein Barwert ist Teil des Unternehmenswerts.</translation>
    </message>
    <message>
        <source>Terminal value at the end of %1 (Gordon growth): FCFF %1 × (1 + terminal growth) ÷ (WACC − terminal growth).</source>
        <translation>Endwert zum Ende von %1 (Gordon-Wachstumsmodell): FCFF %1 × (1 + ewige Wachstumsrate) ÷ (WACC − ewige Wachstumsrate).</translation>
    </message>
    <message>
        <source>Terminal value at the end of %1: the exit multiple × the metric of %1.</source>
        <translation>Endwert zum Ende von %1: das Exit-Multiple × die Bezugsgröße von %1.</translation>
    </message>
    <message>
        <source>Years from the valuation date to when the terminal value is counted.</source>
        <translation>Jahre vom Bewertungsstichtag bis zu dem Zeitpunkt, zu dem der Endwert angesetzt wird.</translation>
    </message>
    <message>
        <source>1 ÷ (1 + WACC) raised to the terminal value&apos;s discount period.</source>
        <translation>1 ÷ (1 + WACC) hoch den Diskontierungszeitraum des Endwerts.</translation>
    </message>
    <message>
        <source>The terminal value × its discount factor.</source>
        <translation>Der Endwert × sein Diskontierungsfaktor.</translation>
    </message>
    <message>
        <source>The terminal value column has figures in the FCFF and discounting rows only.</source>
        <translation>Die Spalte Endwert hat nur in den Zeilen FCFF und Diskontierung Werte.</translation>
    </message>
</context>
</TS>
