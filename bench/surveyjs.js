// The same PHQ-9 (EN wording, one question per page, a Start page) in
// SurveyJS 2.5.38 from npm, for the benchmark only.
(function () {
  var options = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
  var items = [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ];
  var json = {
    firstPageIsStartPage: true,
    startSurveyText: 'Start',
    pages: [{ elements: [{ type: 'html', name: 'intro', html: '<h2>How have you been feeling?</h2><p>This is the PHQ-9.</p>' }] }].concat(
      items.map(function (text, i) {
        return {
          elements: [{
            type: 'radiogroup',
            name: 'phq9-' + (i + 1),
            title: text,
            description: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
            isRequired: true,
            choices: options.map(function (o, v) { return { value: v, text: o }; }),
          }],
        };
      })
    ),
  };
  var model = new Survey.Model(json);
  SurveyUI.renderSurvey(model, document.getElementById('survey'));
})();
