/**
 * Parts of policy sentences, combined at random into many more sentences than a list could hold:
 * [opener] subject modal task [ending]. Slots as in the prose templates.
 */
export const OPENERS = ['', '', '', 'In the coming period, ', 'At the same time, ', 'In particular, ', 'Above all, ', 'In addition, ', 'From now on, ',
  'For {field}, ', 'Across {where}, ', 'To do so, ', 'On that basis, ', 'More importantly, ', 'Going forward, ', 'In this spirit, '];

/** Subjects of reported policy, third person. */
export const SUBJECTS = ['ministries and localities', 'the Government', 'enterprises', 'each agency', 'Party committees at all levels', 'the education sector',
  'research institutes', 'local authorities', 'the steering committee', 'universities', 'the Ministry of Science and Technology', 'departments and branches',
  'state-owned enterprises', 'the banking sector', 'heads of agencies', 'provinces and cities', 'the health sector',
  'the Fatherland Front and mass organizations'];

/** Subjects of a speech, first person. */
export const SPEECH_SUBJECTS = [
  'we', 'we', 'all of us', 'each Party committee', 'every level of government', 'our scientists', 'our enterprises', 'leaders at all levels',
];

export const MODALS = ['must', 'need to', 'should', 'will', 'have to', 'are expected to', 'are required to', 'are encouraged to'];

/** Endings after the task. */
export const ENDINGS = [
  '', '', ', so that {actor} can take part on equal terms', ', creating new momentum for {theme}', ' in order to shorten the time from research to market',
  ', focusing on {field} and {field2}', ', with a clear roadmap and measurable results', ' without waiting for perfect conditions',
  ', avoiding formalism and waste', ' as a matter of urgency', ', taking the satisfaction of people and businesses as the measure',
  ', in close coordination with {actor}', ' and report the results to the competent authorities', ', starting with the most urgent bottlenecks',
  ' in a synchronous and consistent way', ', turning the resolution into concrete products',
];
