import { graphql } from '../gql';

/** The query keys of the hall's screens. */
export const HALL_KEYS = {
  waiting: (lines: string[]) => ['hall', 'waiting', ...lines],
  /** By the scanned code, or by the id of the ticket called. */
  holder: (scannedOrId: string) => ['hall', 'holder', scannedOrId],
  atWindow: (window: string) => ['hall', 'at-window', window],
  slots: (line: string, day: string) => ['hall', 'slots', line, day],
  appointments: ['hall', 'appointments'],
};

export const TicketFields = graphql(`
  fragment TicketFields on Ticket {
    id
    number
    line
    day
    status
    idNumber
    takenAt
    calledAt
    waitingSeconds
    window
    appointment {
      id
      slotStart
    }
    greenChannel {
      ground
      reason
      markedBy
    }
  }
`);

export const WaitingTickets = graphql(`
  query WaitingTickets($lines: [ServiceLine!]!) {
    waitingTickets(lines: $lines) {
      ...TicketFields
    }
  }
`);

export const CallNext = graphql(`
  mutation CallNext($window: String!, $lines: [ServiceLine!]!) {
    callNext(window: $window, lines: $lines) {
      ...TicketFields
    }
  }
`);

export const MarkServed = graphql(`
  mutation MarkServed($ticketId: ID!, $applicationIds: [ID!]) {
    markServed(ticketId: $ticketId, applicationIds: $applicationIds) {
      ...TicketFields
    }
  }
`);

export const MarkAbsent = graphql(`
  mutation MarkAbsent($ticketId: ID!) {
    markAbsent(ticketId: $ticketId) {
      ...TicketFields
    }
  }
`);

export const MarkGreenChannel = graphql(`
  mutation MarkGreenChannel($ticketId: ID!, $ground: GreenChannelGround!, $reason: String!) {
    markGreenChannel(ticketId: $ticketId, ground: $ground, reason: $reason) {
      ...TicketFields
    }
  }
`);

export const MarkCaseGreenChannel = graphql(`
  mutation MarkCaseGreenChannel($applicationId: ID!, $ground: GreenChannelGround!, $reason: String!) {
    markCaseGreenChannel(applicationId: $applicationId, ground: $ground, reason: $reason) {
      id
    }
  }
`);

export const HolderFields = graphql(`
  fragment HolderFields on TicketIdentification {
    idNumber
    ticket {
      ...TicketFields
    }
    earlierTickets {
      id
      number
      day
      status
      line
    }
    applicantIds
    cases {
      id
      status
      greenChannel {
        ground
      }
      item {
        code
        name
        nameEn
      }
    }
  }
`);

export const TicketByQr = graphql(`
  query TicketByQr($qrToken: String!) {
    ticketByQr(qrToken: $qrToken) {
      ...HolderFields
    }
  }
`);

export const TicketHolderById = graphql(`
  query TicketHolderById($ticketId: ID!) {
    ticketHolder(ticketId: $ticketId) {
      ...HolderFields
    }
  }
`);

export const TakeTicket = graphql(`
  mutation TakeTicket($line: ServiceLine!, $idNumber: String) {
    takeTicket(line: $line, idNumber: $idNumber) {
      id
      number
      line
      takenAt
    }
  }
`);

export const ArriveForAppointment = graphql(`
  mutation ArriveForAppointment($idNumber: String!) {
    arriveForAppointment(idNumber: $idNumber) {
      id
      number
      line
      takenAt
    }
  }
`);

export const CalledAtWindow = graphql(`
  query CalledAtWindow($window: String!) {
    calledAtWindow(window: $window) {
      ...TicketFields
    }
  }
`);

export const AvailableSlots = graphql(`
  query AvailableSlots($line: ServiceLine!, $from: String!, $to: String!) {
    availableSlots(line: $line, from: $from, to: $to) {
      start
      end
      remaining
      capacity
    }
  }
`);

export const MyAppointments = graphql(`
  query MyAppointments {
    myAppointments {
      id
      line
      slotStart
      slotEnd
      state
      idNumber
      ticket {
        number
      }
    }
  }
`);

export const BookAppointment = graphql(`
  mutation BookAppointment($line: ServiceLine!, $slotStart: DateTime!, $idNumber: String) {
    bookAppointment(line: $line, slotStart: $slotStart, idNumber: $idNumber) {
      id
      state
    }
  }
`);

export const CancelAppointment = graphql(`
  mutation CancelAppointment($id: ID!) {
    cancelAppointment(id: $id) {
      id
      state
    }
  }
`);

export const RescheduleAppointment = graphql(`
  mutation RescheduleAppointment($id: ID!, $slotStart: DateTime!) {
    rescheduleAppointment(id: $id, slotStart: $slotStart) {
      id
      state
      slotStart
    }
  }
`);
