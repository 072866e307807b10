/** English labels: data review, the queue of questions about the ties of a curator's jurisdictions. */
import type { Decision, Field, HeldBackDecision, Tab } from '../../stewardship-api';

export default {
  stewardship: {
    title: 'Data review',
    menu: 'Data review',
    lead: 'Open questions about the partnerships of your jurisdictions. Accept the value shown, correct it, withdraw a partnership attached to the wrong place from public view, or dismiss the question: an acceptance or a correction is recorded as a claim with you as its source.',
    signInFirst: 'Sign in to review the data of your jurisdictions.',
    noPermission:
      'Your roles do not allow keeping the registry: data review needs the editor, coordinator or administrator role.',
    tabs: 'Questions',
    questions: {
      conflicting: 'Conflicting sources',
      undated: 'No signing date',
      untyped: 'Unknown type',
      namesake: 'Same-name places',
      distant: 'Far from the list',
      heldBack: 'Names held back',
    } satisfies Record<Tab, string>,
    questionLeads: {
      conflicting:
        'The sources disagree on a field of these partnerships. The value shown now is the one the claim rules chose.',
      undated: 'No source of these partnerships gives the date of signing.',
      untyped: 'No source of these partnerships says whether they are sister cities or friendly exchanges.',
      namesake:
        'The partner of each of these ties is also held by another Chinese place of the same name (台州 and 泰州 are both Taizhou): a list that named one may have been read as the other. Confirm the tie if it is yours; withdraw it from public view if it belongs to the other place.',
      distant:
        'The twin-city list places one side of each of these ties far from the place attached: the list’s coordinates or the place may be wrong. Confirm the tie if the place is right; withdraw it from public view if it is not. Farthest first.',
      heldBack:
        'A twin-city list names each of these beside a place of your jurisdictions, but no place bears the name, or several do, so the partnership was held back rather than guessed. Say which place the name means and each row becomes a partnership citing its list and you; dismiss a name that is no place. Names held back most often first.',
    } satisfies Record<Tab, string>,
    empty: {
      conflicting: 'No partnership of your jurisdictions has conflicting sources.',
      undated: 'Every partnership of your jurisdictions has a signing date, or its question is settled.',
      untyped: 'Every partnership of your jurisdictions has a known type, or its question is settled.',
      namesake:
        'No partner of your jurisdictions is also held by a place of the same name, or its question is settled.',
      distant:
        'No list places a side of your jurisdictions’ ties far from the place attached, or its question is settled.',
      heldBack: 'No list holds back a name beside a place of your jurisdictions, or its question is settled.',
    } satisfies Record<Tab, string>,
    open: '{{count}} open',
    open_one: '{{count}} open',
    open_other: '{{count}} open',
    list: 'Partnerships to review',
    pair: '{{a}} – {{b}}',
    signedOn: 'Signed {{date}}',
    notSigned: 'Date of signing unknown',
    fields: {
      signed: 'Date of signing',
      type: 'Type',
      status: 'Status',
    } satisfies Record<Field, string>,
    disagree: 'The sources disagree on: {{field}}',
    source: 'Source',
    says: 'Says',
    shown: 'Shown now',
    notShown: 'Not shown',
    actions: {
      accept: 'Accept the shown value',
      correct: 'Correct',
      dismiss: 'Dismiss',
      withdraw: 'Not ours: withdraw',
    } satisfies Record<Decision, string>,
    namesakeAccept: 'Confirm the tie is ours',
    confirm: {
      accept: 'Accept',
      correct: 'Save the correction',
      dismiss: 'Dismiss the question',
      withdraw: 'Withdraw from public view',
    } satisfies Record<Decision, string>,
    alsoHeld: 'The same partner is also held by {{place}}.',
    listedAt:
      'The list names “{{name}}, {{country}}” and places it at {{latitude}}, {{longitude}}: {{km}} km from {{place}}.',
    north: '{{value}}°N',
    south: '{{value}}°S',
    east: '{{value}}°E',
    west: '{{value}}°W',
    distantAccept: 'The place is right',
    distantWithdraw: 'Wrong place: withdraw',
    distantAcceptText:
      'Confirm that the place attached is right (the list’s coordinates are not)? You are recorded as one of the tie’s sources, and the question leaves the queue.',
    viewOther: 'See that tie',
    acceptTieText:
      'Confirm that this partnership is your jurisdiction’s? You are recorded as one of its sources, and the question leaves the queue.',
    withdrawText:
      'Withdraw this partnership from public lists, maps and analysis? It stays in the registry, internal to your jurisdiction and the offices above it, with your reason and its history.',
    withdrawNote: 'Reason (required)',
    withdrawNoteHint: 'Which place the partner belongs to, and the source that says so.',
    noteMissing: 'Say why the partnership is withdrawn.',
    acceptText:
      'Confirm “{{value}}” as the {{field}}? It is recorded as your claim, with you as its source, and the question leaves the queue.',
    dismissText:
      'Take this question out of the queue without changing the record? Dismiss it when the answer cannot be found.',
    correction: {
      signed: 'Correct date of signing',
      type: 'Correct type',
      status: 'Correct status',
    } satisfies Record<Field, string>,
    signedHint: 'YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.',
    signedInvalid: 'Give a date no later than today, as YYYY-MM-DD, YYYY-MM or YYYY.',
    choose: 'Choose…',
    valueMissing: 'Choose the correct value.',
    note: 'Note (optional)',
    noteHint: 'Where the correct value comes from, or why the question cannot be answered.',
    cancel: 'Cancel',
    busy: 'Saving…',
    done: {
      accept: 'Accepted: {{pair}}.',
      correct: 'Corrected: {{pair}}. Your value is recorded as a claim with you as its source.',
      dismiss: 'Dismissed: {{pair}}.',
      withdraw: 'Withdrawn from public view: {{pair}}.',
    } satisfies Record<Decision, string>,
    workspaceLead:
      'Questions about the partnerships of your jurisdictions that wait for a curator: conflicting sources, partners also held by a place of the same name, sides a list places far from the place attached, names a list gives that no place bears, missing signing dates, unknown types.',
    openReview: 'Open data review',
    heldBack: {
      list: 'Names held back',
      inCountry: ' ({{country}})',
      status: { unresolved: 'No place of this name', ambiguous: 'Several places of this name' },
      listedWith: 'Listed as a partner of ',
      separator: ', ',
      within: '{{place}}, {{parent}}',
      withinAbroad: '{{place}}, {{parent}}',
      actions: { correct: 'Name the place', dismiss: 'Dismiss' } satisfies Record<HeldBackDecision, string>,
      confirm: { correct: 'Save', dismiss: 'Dismiss this name' } satisfies Record<HeldBackDecision, string>,
      which: 'Which place does “{{name}}” mean?',
      search: 'Find the place in {{country}}',
      searchOther: 'Or find another place in {{country}}',
      searchEverywhere: 'Find the place in any country',
      everywhere: 'The place lies outside {{country}}: search every country',
      elsewhereNote: 'Why the place lies outside {{country}} (required)',
      elsewhereNoteMissing: 'Say why the place lies outside {{country}}, the list’s country.',
      placeHint: 'Choose a place above or find one by any of its names.',
      chosen: 'Chosen: {{place}}',
      placeMissing: 'Choose the place the name means.',
      rowsMissing: 'Tick at least one row that means this place.',
      rowsLegend: 'The rows where “{{name}}” means this place',
      row: '{{partner}} (row {{line}} of the list)',
      correctText_one:
        'The row becomes a partnership citing its list and you. No other place bears the name: where you keep the place’s reference data and every row means it, Amity learns the name, and the next import of any list places it too.',
      correctText_other:
        'The {{count}} rows become partnerships citing their lists and you. No other place bears the name: where you keep the place’s reference data and every row means it, Amity learns the name, and the next import of any list places it too.',
      correctAmbiguousText_one:
        'The row becomes a partnership citing its list and you. Several places bear “{{name}}”, so other lists are not read this way.',
      correctAmbiguousText_other:
        'The {{count}} rows become partnerships citing their lists and you. Several places bear “{{name}}”, so other lists are not read this way.',
      dismissText: 'Dismiss this name? No partnership is made, and the rows are no longer asked about.',
      noteHint:
        'Where the place meant is confirmed (an agreement, an office’s list), or why the name is no place.',
      done: {
        correct_one: '“{{name}}” is {{place}}: {{count}} partnership recorded.',
        correct_other: '“{{name}}” is {{place}}: {{count}} partnerships recorded.',
        learned: ' Amity has learned the name.',
        dismiss: 'Dismissed: “{{name}}”.',
      },
      errors: {
        outside: 'The rows of this name lie outside your jurisdictions, or the place you chose does.',
        gone: 'This name is no longer open: someone has settled it. The list has been read again.',
        place: 'The server did not accept this place: choose another.',
        elsewhere: 'A place outside the list’s country needs a note saying why.',
      },
    },
    errors: {
      signedOut: 'You are not signed in, or your session has ended. Sign in again.',
      forbidden: 'Your roles do not allow this.',
      outside: 'This partnership lies outside your jurisdictions: you may not review it.',
      notFound: 'No such partnership: it may have been merged or removed.',
      gone: 'The sources no longer disagree: someone settled this meanwhile. The list has been reloaded.',
      goneNamesake:
        'No other place of the same name holds this partner any more: someone settled this meanwhile. The list has been reloaded.',
      noteMissing: 'A withdrawal needs a note saying why.',
      valueMissing: 'A correction needs the correct value.',
      dateInvalid: 'The server did not take the date: give it as YYYY-MM-DD, YYYY-MM or YYYY.',
    },
  },
};
