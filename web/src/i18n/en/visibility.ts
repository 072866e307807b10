/** English labels: who may read a record an office keeps. */
const en = {
  visibility: {
    label: 'Who may read it',
    public: 'Public',
    jurisdiction: 'Internal to the jurisdiction',
    national: 'Internal to the national level',
    hint: {
      public: 'Everyone: the public pages, search, maps, exports and analyses.',
      jurisdiction: 'Only the offices over its Chinese places (and those above them) once signed in.',
      national: 'Only nation-wide roles once signed in.',
    },
    badge: 'Internal',
    change: 'Change who may read it',
    save: 'Save',
    busy: 'Saving…',
    saved: 'Saved: {{visibility}}.',
    refused: 'Not saved: your roles do not reach this record.',
  },
};
export default en;
