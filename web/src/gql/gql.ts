/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CatalogueLog($after: String, $subject: String) {\n    catalogueLog(first: 20, after: $after, subject: $subject) {\n      nodes {\n        position\n        at\n        actor\n        action\n        subject\n        detail\n        hash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CatalogueLogDocument,
    "\n  query VerifyCatalogueLog {\n    verifyCatalogueLog {\n      entries\n      intact\n      brokenAt\n      problem\n    }\n  }\n": typeof types.VerifyCatalogueLogDocument,
    "\n  query CatalogueOverview {\n    serviceItems {\n      code\n      version\n      name\n      nameEn\n      status\n      current\n      publishedAt\n    }\n    serviceItemDrafts {\n      code\n      version\n      name\n      nameEn\n      status\n      editedBy\n      submittedForReviewAt\n    }\n  }\n": typeof types.CatalogueOverviewDocument,
    "\n  query CheckServiceItem($code: String, $content: JSON!) {\n    checkServiceItem(code: $code, content: $content) {\n      field\n      message\n    }\n  }\n": typeof types.CheckServiceItemDocument,
    "\n  query DraftFrom($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      ...ItemContent\n    }\n  }\n": typeof types.DraftFromDocument,
    "\n  query DraftToEdit($code: String!, $version: Int!) {\n    serviceItem(code: $code, version: $version) {\n      code\n      version\n      status\n      editedBy\n      reviewedBy\n      sentBackReasons {\n        path\n        reason\n      }\n      ...ItemContent\n    }\n  }\n": typeof types.DraftToEditDocument,
    "\n  mutation DraftServiceItem($code: String, $content: JSON!) {\n    draftServiceItem(code: $code, content: $content) {\n      code\n      version\n    }\n  }\n": typeof types.DraftServiceItemDocument,
    "\n  mutation ChangeServiceItemDraft($code: String!, $version: Int!, $content: JSON!) {\n    changeServiceItemDraft(code: $code, version: $version, content: $content) {\n      code\n      version\n    }\n  }\n": typeof types.ChangeServiceItemDraftDocument,
    "\n  mutation SubmitServiceItemForReview($code: String!, $version: Int!) {\n    submitServiceItemForReview(code: $code, version: $version) {\n      code\n      version\n      status\n    }\n  }\n": typeof types.SubmitServiceItemForReviewDocument,
    "\n  query ItemVersions($code: String!) {\n    serviceItemVersions(code: $code) {\n      code\n      version\n      name\n      nameEn\n      status\n      current\n      draftedBy\n      reviewedBy\n      publishedAt\n      retiredAt\n      retiredReason\n    }\n  }\n": typeof types.ItemVersionsDocument,
    "\n  mutation RetireServiceItem($code: String!, $reason: String!) {\n    retireServiceItem(code: $code, reason: $reason) {\n      code\n      version\n      status\n    }\n  }\n": typeof types.RetireServiceItemDocument,
    "\n  query ReviewVersion($code: String!, $version: Int!) {\n    serviceItem(code: $code, version: $version) {\n      code\n      version\n      status\n      draftedBy\n      editedBy\n      submittedForReviewAt\n      ...ItemContent\n    }\n    serviceItemVersions(code: $code) {\n      version\n      status\n      current\n    }\n  }\n": typeof types.ReviewVersionDocument,
    "\n  query ItemDiff($code: String!, $from: Int!, $to: Int!) {\n    serviceItemDiff(code: $code, from: $from, to: $to) {\n      path\n      kind\n      before\n      after\n    }\n  }\n": typeof types.ItemDiffDocument,
    "\n  mutation ApproveServiceItem($code: String!, $version: Int!) {\n    approveServiceItem(code: $code, version: $version) {\n      code\n      version\n      status\n    }\n  }\n": typeof types.ApproveServiceItemDocument,
    "\n  query ReviewQueue {\n    serviceItemDrafts {\n      code\n      version\n      name\n      nameEn\n      status\n      editedBy\n      submittedForReviewAt\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation SendBackServiceItem($code: String!, $version: Int!, $reasons: [SendBackReasonInput!]!) {\n    sendBackServiceItem(code: $code, version: $version, reasons: $reasons) {\n      code\n      version\n      status\n    }\n  }\n": typeof types.SendBackServiceItemDocument,
    "\n  query VersionDiff($code: String!, $from: Int!, $to: Int!) {\n    serviceItemDiff(code: $code, from: $from, to: $to) {\n      path\n      kind\n      before\n      after\n    }\n  }\n": typeof types.VersionDiffDocument,
    "\n  query CatalogueVocabulary {\n    agencies {\n      code\n      name\n      nameEn\n    }\n    stageKinds {\n      code\n      name\n      nameEn\n      excludedFromLimit\n    }\n    certificateKinds {\n      code\n      name\n      nameEn\n      numberPattern\n      mintsUscc\n    }\n  }\n": typeof types.CatalogueVocabularyDocument,
    "\n  mutation AddAgency($input: AgencyInput!) {\n    addAgency(input: $input) {\n      code\n    }\n  }\n": typeof types.AddAgencyDocument,
    "\n  mutation AddStageKind($input: StageKindInput!) {\n    addStageKind(input: $input) {\n      code\n    }\n  }\n": typeof types.AddStageKindDocument,
    "\n  mutation AddCertificateKind($input: CertificateKindInput!) {\n    addCertificateKind(input: $input) {\n      code\n    }\n  }\n": typeof types.AddCertificateKindDocument,
    "\n  fragment ItemContent on ServiceItem {\n    name\n    nameEn\n    statutoryDays\n    promisedDays\n    warningDays\n    materials {\n      code\n      name\n      nameEn\n      required\n      condition\n      when\n      formats\n      description\n    }\n    formSchema\n    processDefinition\n    guide {\n      summary\n      summaryEn\n      steps {\n        title\n        titleEn\n        detail\n      }\n      tips\n      legalBasis\n    }\n  }\n": typeof types.ItemContentFragmentDoc,
    "\n  fragment MaterialToUpload on Material {\n    code\n    name\n    nameEn\n    description\n    required\n    condition\n    formats\n    maxBytes\n  }\n": typeof types.MaterialToUploadFragmentDoc,
    "\n  mutation UploadDocument($file: File!, $materialCode: String) {\n    uploadDocument(file: $file, materialCode: $materialCode) {\n      id\n      name\n      size\n      format\n    }\n  }\n": typeof types.UploadDocumentDocument,
    "\n  query FormProblems($code: String!, $version: Int, $formData: JSON!) {\n    serviceItem(code: $code, version: $version) {\n      formProblems(formData: $formData) {\n        field\n        message\n      }\n    }\n  }\n": typeof types.FormProblemsDocument,
    "\n  mutation ChooseDelivery($id: ID!, $method: DeliveryMethod!, $address: DeliveryAddressInput) {\n    chooseDelivery(id: $id, method: $method, address: $address) {\n      id\n      delivery {\n        method\n        status\n      }\n    }\n  }\n": typeof types.ChooseDeliveryDocument,
    "\n  query HallFigures($from: DateTime!, $to: DateTime!) {\n    hallStatistics(from: $from, to: $to) {\n      items {\n        itemCode\n        itemName\n        submitted\n        issued\n        daysToLicence {\n          count\n          p50\n          p90\n        }\n        onTimePromised\n        onTimeStatutory\n        correctionRoundsPerCase\n        meanVisitsPerCase\n        visitsPerCase {\n          p90\n        }\n      }\n      agencies {\n        agencyCode\n        agency {\n          name\n          nameEn\n        }\n        tasksCompleted\n        daysToDecision {\n          p50\n          p90\n        }\n        onTime\n      }\n      queue {\n        line\n        taken\n        served\n        absent\n        waitingMinutes {\n          p50\n          p90\n        }\n        serviceMinutes {\n          p50\n        }\n      }\n    }\n  }\n": typeof types.HallFiguresDocument,
    "\n  query ItemSatisfaction($itemCode: String!) {\n    satisfaction(itemCode: $itemCode) {\n      ratings\n      satisfactionRate\n      badRate\n      onTimeRate\n      distribution {\n        level\n        count\n      }\n    }\n  }\n": typeof types.ItemSatisfactionDocument,
    "\n  fragment TicketFields on Ticket {\n    id\n    number\n    line\n    day\n    status\n    idNumber\n    takenAt\n    calledAt\n    waitingSeconds\n    window\n    appointment {\n      id\n      slotStart\n    }\n    greenChannel {\n      ground\n      reason\n      markedBy\n    }\n  }\n": typeof types.TicketFieldsFragmentDoc,
    "\n  query WaitingTickets($lines: [ServiceLine!]!) {\n    waitingTickets(lines: $lines) {\n      ...TicketFields\n    }\n  }\n": typeof types.WaitingTicketsDocument,
    "\n  mutation CallNext($window: String!, $lines: [ServiceLine!]!) {\n    callNext(window: $window, lines: $lines) {\n      ...TicketFields\n    }\n  }\n": typeof types.CallNextDocument,
    "\n  mutation MarkServed($ticketId: ID!, $applicationIds: [ID!]) {\n    markServed(ticketId: $ticketId, applicationIds: $applicationIds) {\n      ...TicketFields\n    }\n  }\n": typeof types.MarkServedDocument,
    "\n  mutation MarkAbsent($ticketId: ID!) {\n    markAbsent(ticketId: $ticketId) {\n      ...TicketFields\n    }\n  }\n": typeof types.MarkAbsentDocument,
    "\n  mutation MarkGreenChannel($ticketId: ID!, $ground: GreenChannelGround!, $reason: String!) {\n    markGreenChannel(ticketId: $ticketId, ground: $ground, reason: $reason) {\n      ...TicketFields\n    }\n  }\n": typeof types.MarkGreenChannelDocument,
    "\n  mutation MarkCaseGreenChannel($applicationId: ID!, $ground: GreenChannelGround!, $reason: String!) {\n    markCaseGreenChannel(applicationId: $applicationId, ground: $ground, reason: $reason) {\n      id\n    }\n  }\n": typeof types.MarkCaseGreenChannelDocument,
    "\n  fragment HolderFields on TicketIdentification {\n    idNumber\n    ticket {\n      ...TicketFields\n    }\n    earlierTickets {\n      id\n      number\n      day\n      status\n      line\n    }\n    applicantIds\n    cases {\n      id\n      status\n      greenChannel {\n        ground\n      }\n      item {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.HolderFieldsFragmentDoc,
    "\n  query TicketByQr($qrToken: String!) {\n    ticketByQr(qrToken: $qrToken) {\n      ...HolderFields\n    }\n  }\n": typeof types.TicketByQrDocument,
    "\n  query TicketHolderById($ticketId: ID!) {\n    ticketHolder(ticketId: $ticketId) {\n      ...HolderFields\n    }\n  }\n": typeof types.TicketHolderByIdDocument,
    "\n  mutation TakeTicket($line: ServiceLine!, $idNumber: String) {\n    takeTicket(line: $line, idNumber: $idNumber) {\n      id\n      number\n      line\n      takenAt\n    }\n  }\n": typeof types.TakeTicketDocument,
    "\n  mutation ArriveForAppointment($idNumber: String!) {\n    arriveForAppointment(idNumber: $idNumber) {\n      id\n      number\n      line\n      takenAt\n    }\n  }\n": typeof types.ArriveForAppointmentDocument,
    "\n  query CalledAtWindow($window: String!) {\n    calledAtWindow(window: $window) {\n      ...TicketFields\n    }\n  }\n": typeof types.CalledAtWindowDocument,
    "\n  query AvailableSlots($line: ServiceLine!, $from: String!, $to: String!) {\n    availableSlots(line: $line, from: $from, to: $to) {\n      start\n      end\n      remaining\n      capacity\n    }\n  }\n": typeof types.AvailableSlotsDocument,
    "\n  query MyAppointments {\n    myAppointments {\n      id\n      line\n      slotStart\n      slotEnd\n      state\n      idNumber\n      ticket {\n        number\n      }\n    }\n  }\n": typeof types.MyAppointmentsDocument,
    "\n  mutation BookAppointment($line: ServiceLine!, $slotStart: DateTime!, $idNumber: String) {\n    bookAppointment(line: $line, slotStart: $slotStart, idNumber: $idNumber) {\n      id\n      state\n    }\n  }\n": typeof types.BookAppointmentDocument,
    "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.CancelAppointmentDocument,
    "\n  mutation RescheduleAppointment($id: ID!, $slotStart: DateTime!) {\n    rescheduleAppointment(id: $id, slotStart: $slotStart) {\n      id\n      state\n      slotStart\n    }\n  }\n": typeof types.RescheduleAppointmentDocument,
    "\n  query CaseRating {\n    myRatings(first: 100) {\n      nodes {\n        id\n        applicationId\n        level\n        tags\n        comment\n        bad\n        agency\n        createdAt\n        followUpLevel\n        followUpComment\n        followUpAt\n        rectification {\n          id\n          returnCallAt\n          returnCallNote\n          feedback\n          feedbackAt\n        }\n      }\n    }\n    ratingTags {\n      positive\n      negative\n    }\n  }\n": typeof types.CaseRatingDocument,
    "\n  mutation RateApplication($id: ID!, $level: RatingLevel!, $tags: [String!], $comment: String) {\n    rateApplication(applicationId: $id, level: $level, tags: $tags, comment: $comment) {\n      id\n    }\n  }\n": typeof types.RateApplicationDocument,
    "\n  mutation FollowUpRating($ratingId: ID!, $level: RatingLevel!, $comment: String) {\n    followUpRating(ratingId: $ratingId, level: $level, comment: $comment) {\n      id\n    }\n  }\n": typeof types.FollowUpRatingDocument,
    "\n  query RatingInvitations {\n    myRatingInvitations {\n      applicationId\n      itemCode\n      itemName\n    }\n  }\n": typeof types.RatingInvitationsDocument,
    "\n  query MyRectifications {\n    myRectifications(first: 100) {\n      nodes {\n        id\n        createdAt\n        returnCallDueAt\n        dueAt\n        returnCallAt\n        returnCallNote\n        returnCallEscalatedAt\n        warnedAt\n        escalatedAt\n        escalatedTo\n        feedback\n        feedbackAt\n        rating {\n          id\n          applicationId\n          itemCode\n          itemName\n          visit {\n            ticketNumber\n            window\n            day\n          }\n          level\n          tags\n          comment\n          createdAt\n          followUpLevel\n        }\n      }\n    }\n  }\n": typeof types.MyRectificationsDocument,
    "\n  mutation RecordReturnCall($id: ID!, $note: String!) {\n    recordReturnCall(rectificationId: $id, note: $note) {\n      id\n    }\n  }\n": typeof types.RecordReturnCallDocument,
    "\n  mutation SubmitRectification($id: ID!, $feedback: String!) {\n    submitRectification(rectificationId: $id, feedback: $feedback) {\n      id\n    }\n  }\n": typeof types.SubmitRectificationDocument,
    "\n  subscription RectificationsChanged {\n    rectificationsChanged {\n      rectificationId\n    }\n  }\n": typeof types.RectificationsChangedDocument,
    "\n  query VisitRatingTags {\n    ratingTags {\n      positive\n      negative\n    }\n  }\n": typeof types.VisitRatingTagsDocument,
    "\n  mutation RateVisit($qrToken: String!, $level: RatingLevel!, $tags: [String!], $comment: String) {\n    rateVisit(qrToken: $qrToken, level: $level, tags: $tags, comment: $comment) {\n      id\n      bad\n    }\n  }\n": typeof types.RateVisitDocument,
    "\n  query CaseAtWork($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      applicantId\n      submittedAt\n      formData\n      greenChannel {\n        ground\n        reason\n        markedBy\n        markedAt\n      }\n      item {\n        code\n        name\n        nameEn\n        formSchema\n        materials {\n          code\n          name\n          nameEn\n          required\n        }\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n        extendedWorkingDays\n      }\n      documents {\n        materialCode\n        version\n        downloadUrl\n        document {\n          name\n          format\n          size\n        }\n      }\n      tasks {\n        id\n        stage\n        stageKind {\n          name\n          nameEn\n        }\n        round\n        status\n        assignee\n        decision\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n    }\n  }\n": typeof types.CaseAtWorkDocument,
    "\n  mutation ExtendDeadline($id: ID!, $workingDays: Int!, $reason: String!) {\n    extendDeadline(id: $id, workingDays: $workingDays, reason: $reason) {\n      id\n      sla {\n        deadline\n        extendedWorkingDays\n      }\n    }\n  }\n": typeof types.ExtendDeadlineDocument,
    "\n  query OverdueTasks($after: String) {\n    overdueTasks(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        assignee\n        escalatedAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OverdueTasksDocument,
    "\n  mutation ReassignTask($taskId: ID!, $assignee: String!, $reason: String) {\n    reassignTask(taskId: $taskId, assignee: $assignee, reason: $reason) {\n      id\n      status\n      assignee\n    }\n  }\n": typeof types.ReassignTaskDocument,
    "\n  mutation ClaimTask($taskId: ID!) {\n    claimTask(taskId: $taskId) {\n      id\n      status\n      assignee\n    }\n  }\n": typeof types.ClaimTaskDocument,
    "\n  mutation CompleteTask($taskId: ID!, $input: CompleteTaskInput!) {\n    completeTask(taskId: $taskId, input: $input) {\n      id\n      status\n      decision\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  query AgencyTasks($status: TaskStatus, $after: String) {\n    myTasks(status: $status, first: 100, after: $after) {\n      nodes {\n        id\n        stage\n        status\n        assignee\n        createdAt\n        dueAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          greenChannel {\n            ground\n            markedAt\n          }\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AgencyTasksDocument,
    "\n  subscription TasksChanged {\n    tasksChanged {\n      taskId\n      applicationId\n    }\n  }\n": typeof types.TasksChangedDocument,
    "\n  query Apply($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      name\n      nameEn\n      formSchema\n      materials {\n        ...MaterialToUpload\n      }\n    }\n  }\n": typeof types.ApplyDocument,
    "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  query CalendarYear($year: Int!) {\n    calendar(year: $year) {\n      year\n      version\n      provisional\n      source\n      holidays\n      workdays\n      reason\n      loadedBy\n      loadedAt\n    }\n  }\n": typeof types.CalendarYearDocument,
    "\n  query CalendarVersions($year: Int!) {\n    calendarVersions(year: $year) {\n      version\n      provisional\n      source\n      holidays\n      workdays\n      reason\n      loadedBy\n      loadedAt\n    }\n  }\n": typeof types.CalendarVersionsDocument,
    "\n  mutation WithdrawApplication($id: ID!, $reason: String) {\n    withdrawApplication(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  query CaseDetail($id: ID!, $after: String) {\n    application(id: $id) {\n      id\n      status\n      submittedAt\n      item {\n        code\n        name\n        nameEn\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n      }\n      delivery {\n        method\n        status\n        waybill\n        reason\n        address {\n          recipient\n          phone\n          province\n          city\n          district\n          street\n          postcode\n        }\n      }\n      certificate {\n        number\n        kind\n        uscc\n        issuedAt\n        document {\n          downloadUrl\n        }\n      }\n      timeline(first: 50, after: $after) {\n        totalCount\n        nodes {\n          at\n          actor\n          action\n          detail\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  subscription CaseChanged($id: ID!) {\n    applicationChanged(id: $id) {\n      id\n    }\n  }\n": typeof types.CaseChangedDocument,
    "\n  query Catalogue($search: String) {\n    serviceItems(search: $search) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      guide {\n        summary\n        summaryEn\n      }\n      agencies {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  query ItemGuide($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      agencies {\n        code\n        name\n        nameEn\n      }\n      guide {\n        summary\n        summaryEn\n        steps {\n          title\n          titleEn\n          detail\n        }\n        tips\n        legalBasis\n      }\n      materials {\n        code\n        name\n        nameEn\n        required\n        condition\n        description\n        formats\n      }\n    }\n  }\n": typeof types.ItemGuideDocument,
    "\n  query MyCases($after: String) {\n    myApplications(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n        submittedAt\n        item {\n          code\n          name\n          nameEn\n        }\n        sla {\n          deadline\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  subscription MyCasesChanged {\n    myApplicationsChanged {\n      id\n    }\n  }\n": typeof types.MyCasesChangedDocument,
    "\n  query Supplement($id: ID!) {\n    application(id: $id) {\n      id\n      formData\n      correctionNotice {\n        agency\n        field\n        material\n        reason\n      }\n      item {\n        code\n        version\n        formSchema\n        agencies {\n          code\n          name\n          nameEn\n        }\n        materials {\n          ...MaterialToUpload\n        }\n      }\n    }\n  }\n": typeof types.SupplementDocument,
    "\n  mutation SupplementApplication($id: ID!, $input: SupplementInput!) {\n    supplementApplication(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SupplementApplicationDocument,
    "\n  query AuditAccessLog($id: ID!, $after: String) {\n    auditAccessLog(id: $id, first: 20, after: $after) {\n      nodes {\n        at\n        readerId\n        readerRole\n        operation\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditAccessLogDocument,
    "\n  query AuditReplay($id: ID!) {\n    replayCase(id: $id) {\n      reproduces\n      events\n      divergedAtEventId\n      divergedAtEventType\n      message\n    }\n  }\n": typeof types.AuditReplayDocument,
    "\n  query AuditVerify($id: ID!) {\n    verifyAudit(id: $id) {\n      intact\n      entries\n      problems {\n        position\n        kind\n        detail\n      }\n    }\n  }\n": typeof types.AuditVerifyDocument,
    "\n  query AuditExportHistory($id: ID!) {\n    exportHistory(id: $id)\n  }\n": typeof types.AuditExportHistoryDocument,
    "\n  query AuditCaseState($id: ID!, $eventId: Int!) {\n    caseStateAt(id: $id, eventId: $eventId) {\n      eventId\n      status\n      stage\n      formData\n      tasks\n      openCorrections\n      certificate\n      timeline\n    }\n  }\n": typeof types.AuditCaseStateDocument,
    "\n  query AuditCaseHistory($id: ID!, $after: String) {\n    caseHistory(id: $id, first: 50, after: $after) {\n      totalCount\n      nodes {\n        eventId\n        at\n        type\n        actor\n        action\n        inputs\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditCaseHistoryDocument,
    "\n  mutation LoadCalendarYear($input: CalendarYearInput!) {\n    loadCalendarYear(input: $input) {\n      year\n      version\n    }\n  }\n": typeof types.LoadCalendarYearDocument,
};
const documents: Documents = {
    "\n  query CatalogueLog($after: String, $subject: String) {\n    catalogueLog(first: 20, after: $after, subject: $subject) {\n      nodes {\n        position\n        at\n        actor\n        action\n        subject\n        detail\n        hash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CatalogueLogDocument,
    "\n  query VerifyCatalogueLog {\n    verifyCatalogueLog {\n      entries\n      intact\n      brokenAt\n      problem\n    }\n  }\n": types.VerifyCatalogueLogDocument,
    "\n  query CatalogueOverview {\n    serviceItems {\n      code\n      version\n      name\n      nameEn\n      status\n      current\n      publishedAt\n    }\n    serviceItemDrafts {\n      code\n      version\n      name\n      nameEn\n      status\n      editedBy\n      submittedForReviewAt\n    }\n  }\n": types.CatalogueOverviewDocument,
    "\n  query CheckServiceItem($code: String, $content: JSON!) {\n    checkServiceItem(code: $code, content: $content) {\n      field\n      message\n    }\n  }\n": types.CheckServiceItemDocument,
    "\n  query DraftFrom($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      ...ItemContent\n    }\n  }\n": types.DraftFromDocument,
    "\n  query DraftToEdit($code: String!, $version: Int!) {\n    serviceItem(code: $code, version: $version) {\n      code\n      version\n      status\n      editedBy\n      reviewedBy\n      sentBackReasons {\n        path\n        reason\n      }\n      ...ItemContent\n    }\n  }\n": types.DraftToEditDocument,
    "\n  mutation DraftServiceItem($code: String, $content: JSON!) {\n    draftServiceItem(code: $code, content: $content) {\n      code\n      version\n    }\n  }\n": types.DraftServiceItemDocument,
    "\n  mutation ChangeServiceItemDraft($code: String!, $version: Int!, $content: JSON!) {\n    changeServiceItemDraft(code: $code, version: $version, content: $content) {\n      code\n      version\n    }\n  }\n": types.ChangeServiceItemDraftDocument,
    "\n  mutation SubmitServiceItemForReview($code: String!, $version: Int!) {\n    submitServiceItemForReview(code: $code, version: $version) {\n      code\n      version\n      status\n    }\n  }\n": types.SubmitServiceItemForReviewDocument,
    "\n  query ItemVersions($code: String!) {\n    serviceItemVersions(code: $code) {\n      code\n      version\n      name\n      nameEn\n      status\n      current\n      draftedBy\n      reviewedBy\n      publishedAt\n      retiredAt\n      retiredReason\n    }\n  }\n": types.ItemVersionsDocument,
    "\n  mutation RetireServiceItem($code: String!, $reason: String!) {\n    retireServiceItem(code: $code, reason: $reason) {\n      code\n      version\n      status\n    }\n  }\n": types.RetireServiceItemDocument,
    "\n  query ReviewVersion($code: String!, $version: Int!) {\n    serviceItem(code: $code, version: $version) {\n      code\n      version\n      status\n      draftedBy\n      editedBy\n      submittedForReviewAt\n      ...ItemContent\n    }\n    serviceItemVersions(code: $code) {\n      version\n      status\n      current\n    }\n  }\n": types.ReviewVersionDocument,
    "\n  query ItemDiff($code: String!, $from: Int!, $to: Int!) {\n    serviceItemDiff(code: $code, from: $from, to: $to) {\n      path\n      kind\n      before\n      after\n    }\n  }\n": types.ItemDiffDocument,
    "\n  mutation ApproveServiceItem($code: String!, $version: Int!) {\n    approveServiceItem(code: $code, version: $version) {\n      code\n      version\n      status\n    }\n  }\n": types.ApproveServiceItemDocument,
    "\n  query ReviewQueue {\n    serviceItemDrafts {\n      code\n      version\n      name\n      nameEn\n      status\n      editedBy\n      submittedForReviewAt\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation SendBackServiceItem($code: String!, $version: Int!, $reasons: [SendBackReasonInput!]!) {\n    sendBackServiceItem(code: $code, version: $version, reasons: $reasons) {\n      code\n      version\n      status\n    }\n  }\n": types.SendBackServiceItemDocument,
    "\n  query VersionDiff($code: String!, $from: Int!, $to: Int!) {\n    serviceItemDiff(code: $code, from: $from, to: $to) {\n      path\n      kind\n      before\n      after\n    }\n  }\n": types.VersionDiffDocument,
    "\n  query CatalogueVocabulary {\n    agencies {\n      code\n      name\n      nameEn\n    }\n    stageKinds {\n      code\n      name\n      nameEn\n      excludedFromLimit\n    }\n    certificateKinds {\n      code\n      name\n      nameEn\n      numberPattern\n      mintsUscc\n    }\n  }\n": types.CatalogueVocabularyDocument,
    "\n  mutation AddAgency($input: AgencyInput!) {\n    addAgency(input: $input) {\n      code\n    }\n  }\n": types.AddAgencyDocument,
    "\n  mutation AddStageKind($input: StageKindInput!) {\n    addStageKind(input: $input) {\n      code\n    }\n  }\n": types.AddStageKindDocument,
    "\n  mutation AddCertificateKind($input: CertificateKindInput!) {\n    addCertificateKind(input: $input) {\n      code\n    }\n  }\n": types.AddCertificateKindDocument,
    "\n  fragment ItemContent on ServiceItem {\n    name\n    nameEn\n    statutoryDays\n    promisedDays\n    warningDays\n    materials {\n      code\n      name\n      nameEn\n      required\n      condition\n      when\n      formats\n      description\n    }\n    formSchema\n    processDefinition\n    guide {\n      summary\n      summaryEn\n      steps {\n        title\n        titleEn\n        detail\n      }\n      tips\n      legalBasis\n    }\n  }\n": types.ItemContentFragmentDoc,
    "\n  fragment MaterialToUpload on Material {\n    code\n    name\n    nameEn\n    description\n    required\n    condition\n    formats\n    maxBytes\n  }\n": types.MaterialToUploadFragmentDoc,
    "\n  mutation UploadDocument($file: File!, $materialCode: String) {\n    uploadDocument(file: $file, materialCode: $materialCode) {\n      id\n      name\n      size\n      format\n    }\n  }\n": types.UploadDocumentDocument,
    "\n  query FormProblems($code: String!, $version: Int, $formData: JSON!) {\n    serviceItem(code: $code, version: $version) {\n      formProblems(formData: $formData) {\n        field\n        message\n      }\n    }\n  }\n": types.FormProblemsDocument,
    "\n  mutation ChooseDelivery($id: ID!, $method: DeliveryMethod!, $address: DeliveryAddressInput) {\n    chooseDelivery(id: $id, method: $method, address: $address) {\n      id\n      delivery {\n        method\n        status\n      }\n    }\n  }\n": types.ChooseDeliveryDocument,
    "\n  query HallFigures($from: DateTime!, $to: DateTime!) {\n    hallStatistics(from: $from, to: $to) {\n      items {\n        itemCode\n        itemName\n        submitted\n        issued\n        daysToLicence {\n          count\n          p50\n          p90\n        }\n        onTimePromised\n        onTimeStatutory\n        correctionRoundsPerCase\n        meanVisitsPerCase\n        visitsPerCase {\n          p90\n        }\n      }\n      agencies {\n        agencyCode\n        agency {\n          name\n          nameEn\n        }\n        tasksCompleted\n        daysToDecision {\n          p50\n          p90\n        }\n        onTime\n      }\n      queue {\n        line\n        taken\n        served\n        absent\n        waitingMinutes {\n          p50\n          p90\n        }\n        serviceMinutes {\n          p50\n        }\n      }\n    }\n  }\n": types.HallFiguresDocument,
    "\n  query ItemSatisfaction($itemCode: String!) {\n    satisfaction(itemCode: $itemCode) {\n      ratings\n      satisfactionRate\n      badRate\n      onTimeRate\n      distribution {\n        level\n        count\n      }\n    }\n  }\n": types.ItemSatisfactionDocument,
    "\n  fragment TicketFields on Ticket {\n    id\n    number\n    line\n    day\n    status\n    idNumber\n    takenAt\n    calledAt\n    waitingSeconds\n    window\n    appointment {\n      id\n      slotStart\n    }\n    greenChannel {\n      ground\n      reason\n      markedBy\n    }\n  }\n": types.TicketFieldsFragmentDoc,
    "\n  query WaitingTickets($lines: [ServiceLine!]!) {\n    waitingTickets(lines: $lines) {\n      ...TicketFields\n    }\n  }\n": types.WaitingTicketsDocument,
    "\n  mutation CallNext($window: String!, $lines: [ServiceLine!]!) {\n    callNext(window: $window, lines: $lines) {\n      ...TicketFields\n    }\n  }\n": types.CallNextDocument,
    "\n  mutation MarkServed($ticketId: ID!, $applicationIds: [ID!]) {\n    markServed(ticketId: $ticketId, applicationIds: $applicationIds) {\n      ...TicketFields\n    }\n  }\n": types.MarkServedDocument,
    "\n  mutation MarkAbsent($ticketId: ID!) {\n    markAbsent(ticketId: $ticketId) {\n      ...TicketFields\n    }\n  }\n": types.MarkAbsentDocument,
    "\n  mutation MarkGreenChannel($ticketId: ID!, $ground: GreenChannelGround!, $reason: String!) {\n    markGreenChannel(ticketId: $ticketId, ground: $ground, reason: $reason) {\n      ...TicketFields\n    }\n  }\n": types.MarkGreenChannelDocument,
    "\n  mutation MarkCaseGreenChannel($applicationId: ID!, $ground: GreenChannelGround!, $reason: String!) {\n    markCaseGreenChannel(applicationId: $applicationId, ground: $ground, reason: $reason) {\n      id\n    }\n  }\n": types.MarkCaseGreenChannelDocument,
    "\n  fragment HolderFields on TicketIdentification {\n    idNumber\n    ticket {\n      ...TicketFields\n    }\n    earlierTickets {\n      id\n      number\n      day\n      status\n      line\n    }\n    applicantIds\n    cases {\n      id\n      status\n      greenChannel {\n        ground\n      }\n      item {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": types.HolderFieldsFragmentDoc,
    "\n  query TicketByQr($qrToken: String!) {\n    ticketByQr(qrToken: $qrToken) {\n      ...HolderFields\n    }\n  }\n": types.TicketByQrDocument,
    "\n  query TicketHolderById($ticketId: ID!) {\n    ticketHolder(ticketId: $ticketId) {\n      ...HolderFields\n    }\n  }\n": types.TicketHolderByIdDocument,
    "\n  mutation TakeTicket($line: ServiceLine!, $idNumber: String) {\n    takeTicket(line: $line, idNumber: $idNumber) {\n      id\n      number\n      line\n      takenAt\n    }\n  }\n": types.TakeTicketDocument,
    "\n  mutation ArriveForAppointment($idNumber: String!) {\n    arriveForAppointment(idNumber: $idNumber) {\n      id\n      number\n      line\n      takenAt\n    }\n  }\n": types.ArriveForAppointmentDocument,
    "\n  query CalledAtWindow($window: String!) {\n    calledAtWindow(window: $window) {\n      ...TicketFields\n    }\n  }\n": types.CalledAtWindowDocument,
    "\n  query AvailableSlots($line: ServiceLine!, $from: String!, $to: String!) {\n    availableSlots(line: $line, from: $from, to: $to) {\n      start\n      end\n      remaining\n      capacity\n    }\n  }\n": types.AvailableSlotsDocument,
    "\n  query MyAppointments {\n    myAppointments {\n      id\n      line\n      slotStart\n      slotEnd\n      state\n      idNumber\n      ticket {\n        number\n      }\n    }\n  }\n": types.MyAppointmentsDocument,
    "\n  mutation BookAppointment($line: ServiceLine!, $slotStart: DateTime!, $idNumber: String) {\n    bookAppointment(line: $line, slotStart: $slotStart, idNumber: $idNumber) {\n      id\n      state\n    }\n  }\n": types.BookAppointmentDocument,
    "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      id\n      state\n    }\n  }\n": types.CancelAppointmentDocument,
    "\n  mutation RescheduleAppointment($id: ID!, $slotStart: DateTime!) {\n    rescheduleAppointment(id: $id, slotStart: $slotStart) {\n      id\n      state\n      slotStart\n    }\n  }\n": types.RescheduleAppointmentDocument,
    "\n  query CaseRating {\n    myRatings(first: 100) {\n      nodes {\n        id\n        applicationId\n        level\n        tags\n        comment\n        bad\n        agency\n        createdAt\n        followUpLevel\n        followUpComment\n        followUpAt\n        rectification {\n          id\n          returnCallAt\n          returnCallNote\n          feedback\n          feedbackAt\n        }\n      }\n    }\n    ratingTags {\n      positive\n      negative\n    }\n  }\n": types.CaseRatingDocument,
    "\n  mutation RateApplication($id: ID!, $level: RatingLevel!, $tags: [String!], $comment: String) {\n    rateApplication(applicationId: $id, level: $level, tags: $tags, comment: $comment) {\n      id\n    }\n  }\n": types.RateApplicationDocument,
    "\n  mutation FollowUpRating($ratingId: ID!, $level: RatingLevel!, $comment: String) {\n    followUpRating(ratingId: $ratingId, level: $level, comment: $comment) {\n      id\n    }\n  }\n": types.FollowUpRatingDocument,
    "\n  query RatingInvitations {\n    myRatingInvitations {\n      applicationId\n      itemCode\n      itemName\n    }\n  }\n": types.RatingInvitationsDocument,
    "\n  query MyRectifications {\n    myRectifications(first: 100) {\n      nodes {\n        id\n        createdAt\n        returnCallDueAt\n        dueAt\n        returnCallAt\n        returnCallNote\n        returnCallEscalatedAt\n        warnedAt\n        escalatedAt\n        escalatedTo\n        feedback\n        feedbackAt\n        rating {\n          id\n          applicationId\n          itemCode\n          itemName\n          visit {\n            ticketNumber\n            window\n            day\n          }\n          level\n          tags\n          comment\n          createdAt\n          followUpLevel\n        }\n      }\n    }\n  }\n": types.MyRectificationsDocument,
    "\n  mutation RecordReturnCall($id: ID!, $note: String!) {\n    recordReturnCall(rectificationId: $id, note: $note) {\n      id\n    }\n  }\n": types.RecordReturnCallDocument,
    "\n  mutation SubmitRectification($id: ID!, $feedback: String!) {\n    submitRectification(rectificationId: $id, feedback: $feedback) {\n      id\n    }\n  }\n": types.SubmitRectificationDocument,
    "\n  subscription RectificationsChanged {\n    rectificationsChanged {\n      rectificationId\n    }\n  }\n": types.RectificationsChangedDocument,
    "\n  query VisitRatingTags {\n    ratingTags {\n      positive\n      negative\n    }\n  }\n": types.VisitRatingTagsDocument,
    "\n  mutation RateVisit($qrToken: String!, $level: RatingLevel!, $tags: [String!], $comment: String) {\n    rateVisit(qrToken: $qrToken, level: $level, tags: $tags, comment: $comment) {\n      id\n      bad\n    }\n  }\n": types.RateVisitDocument,
    "\n  query CaseAtWork($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      applicantId\n      submittedAt\n      formData\n      greenChannel {\n        ground\n        reason\n        markedBy\n        markedAt\n      }\n      item {\n        code\n        name\n        nameEn\n        formSchema\n        materials {\n          code\n          name\n          nameEn\n          required\n        }\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n        extendedWorkingDays\n      }\n      documents {\n        materialCode\n        version\n        downloadUrl\n        document {\n          name\n          format\n          size\n        }\n      }\n      tasks {\n        id\n        stage\n        stageKind {\n          name\n          nameEn\n        }\n        round\n        status\n        assignee\n        decision\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n    }\n  }\n": types.CaseAtWorkDocument,
    "\n  mutation ExtendDeadline($id: ID!, $workingDays: Int!, $reason: String!) {\n    extendDeadline(id: $id, workingDays: $workingDays, reason: $reason) {\n      id\n      sla {\n        deadline\n        extendedWorkingDays\n      }\n    }\n  }\n": types.ExtendDeadlineDocument,
    "\n  query OverdueTasks($after: String) {\n    overdueTasks(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        assignee\n        escalatedAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OverdueTasksDocument,
    "\n  mutation ReassignTask($taskId: ID!, $assignee: String!, $reason: String) {\n    reassignTask(taskId: $taskId, assignee: $assignee, reason: $reason) {\n      id\n      status\n      assignee\n    }\n  }\n": types.ReassignTaskDocument,
    "\n  mutation ClaimTask($taskId: ID!) {\n    claimTask(taskId: $taskId) {\n      id\n      status\n      assignee\n    }\n  }\n": types.ClaimTaskDocument,
    "\n  mutation CompleteTask($taskId: ID!, $input: CompleteTaskInput!) {\n    completeTask(taskId: $taskId, input: $input) {\n      id\n      status\n      decision\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  query AgencyTasks($status: TaskStatus, $after: String) {\n    myTasks(status: $status, first: 100, after: $after) {\n      nodes {\n        id\n        stage\n        status\n        assignee\n        createdAt\n        dueAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          greenChannel {\n            ground\n            markedAt\n          }\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AgencyTasksDocument,
    "\n  subscription TasksChanged {\n    tasksChanged {\n      taskId\n      applicationId\n    }\n  }\n": types.TasksChangedDocument,
    "\n  query Apply($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      name\n      nameEn\n      formSchema\n      materials {\n        ...MaterialToUpload\n      }\n    }\n  }\n": types.ApplyDocument,
    "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  query CalendarYear($year: Int!) {\n    calendar(year: $year) {\n      year\n      version\n      provisional\n      source\n      holidays\n      workdays\n      reason\n      loadedBy\n      loadedAt\n    }\n  }\n": types.CalendarYearDocument,
    "\n  query CalendarVersions($year: Int!) {\n    calendarVersions(year: $year) {\n      version\n      provisional\n      source\n      holidays\n      workdays\n      reason\n      loadedBy\n      loadedAt\n    }\n  }\n": types.CalendarVersionsDocument,
    "\n  mutation WithdrawApplication($id: ID!, $reason: String) {\n    withdrawApplication(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  query CaseDetail($id: ID!, $after: String) {\n    application(id: $id) {\n      id\n      status\n      submittedAt\n      item {\n        code\n        name\n        nameEn\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n      }\n      delivery {\n        method\n        status\n        waybill\n        reason\n        address {\n          recipient\n          phone\n          province\n          city\n          district\n          street\n          postcode\n        }\n      }\n      certificate {\n        number\n        kind\n        uscc\n        issuedAt\n        document {\n          downloadUrl\n        }\n      }\n      timeline(first: 50, after: $after) {\n        totalCount\n        nodes {\n          at\n          actor\n          action\n          detail\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  subscription CaseChanged($id: ID!) {\n    applicationChanged(id: $id) {\n      id\n    }\n  }\n": types.CaseChangedDocument,
    "\n  query Catalogue($search: String) {\n    serviceItems(search: $search) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      guide {\n        summary\n        summaryEn\n      }\n      agencies {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": types.CatalogueDocument,
    "\n  query ItemGuide($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      agencies {\n        code\n        name\n        nameEn\n      }\n      guide {\n        summary\n        summaryEn\n        steps {\n          title\n          titleEn\n          detail\n        }\n        tips\n        legalBasis\n      }\n      materials {\n        code\n        name\n        nameEn\n        required\n        condition\n        description\n        formats\n      }\n    }\n  }\n": types.ItemGuideDocument,
    "\n  query MyCases($after: String) {\n    myApplications(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n        submittedAt\n        item {\n          code\n          name\n          nameEn\n        }\n        sla {\n          deadline\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyCasesDocument,
    "\n  subscription MyCasesChanged {\n    myApplicationsChanged {\n      id\n    }\n  }\n": types.MyCasesChangedDocument,
    "\n  query Supplement($id: ID!) {\n    application(id: $id) {\n      id\n      formData\n      correctionNotice {\n        agency\n        field\n        material\n        reason\n      }\n      item {\n        code\n        version\n        formSchema\n        agencies {\n          code\n          name\n          nameEn\n        }\n        materials {\n          ...MaterialToUpload\n        }\n      }\n    }\n  }\n": types.SupplementDocument,
    "\n  mutation SupplementApplication($id: ID!, $input: SupplementInput!) {\n    supplementApplication(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.SupplementApplicationDocument,
    "\n  query AuditAccessLog($id: ID!, $after: String) {\n    auditAccessLog(id: $id, first: 20, after: $after) {\n      nodes {\n        at\n        readerId\n        readerRole\n        operation\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditAccessLogDocument,
    "\n  query AuditReplay($id: ID!) {\n    replayCase(id: $id) {\n      reproduces\n      events\n      divergedAtEventId\n      divergedAtEventType\n      message\n    }\n  }\n": types.AuditReplayDocument,
    "\n  query AuditVerify($id: ID!) {\n    verifyAudit(id: $id) {\n      intact\n      entries\n      problems {\n        position\n        kind\n        detail\n      }\n    }\n  }\n": types.AuditVerifyDocument,
    "\n  query AuditExportHistory($id: ID!) {\n    exportHistory(id: $id)\n  }\n": types.AuditExportHistoryDocument,
    "\n  query AuditCaseState($id: ID!, $eventId: Int!) {\n    caseStateAt(id: $id, eventId: $eventId) {\n      eventId\n      status\n      stage\n      formData\n      tasks\n      openCorrections\n      certificate\n      timeline\n    }\n  }\n": types.AuditCaseStateDocument,
    "\n  query AuditCaseHistory($id: ID!, $after: String) {\n    caseHistory(id: $id, first: 50, after: $after) {\n      totalCount\n      nodes {\n        eventId\n        at\n        type\n        actor\n        action\n        inputs\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditCaseHistoryDocument,
    "\n  mutation LoadCalendarYear($input: CalendarYearInput!) {\n    loadCalendarYear(input: $input) {\n      year\n      version\n    }\n  }\n": types.LoadCalendarYearDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueLog($after: String, $subject: String) {\n    catalogueLog(first: 20, after: $after, subject: $subject) {\n      nodes {\n        position\n        at\n        actor\n        action\n        subject\n        detail\n        hash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCatalogueLog {\n    verifyCatalogueLog {\n      entries\n      intact\n      brokenAt\n      problem\n    }\n  }\n"): typeof import('./graphql').VerifyCatalogueLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueOverview {\n    serviceItems {\n      code\n      version\n      name\n      nameEn\n      status\n      current\n      publishedAt\n    }\n    serviceItemDrafts {\n      code\n      version\n      name\n      nameEn\n      status\n      editedBy\n      submittedForReviewAt\n    }\n  }\n"): typeof import('./graphql').CatalogueOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckServiceItem($code: String, $content: JSON!) {\n    checkServiceItem(code: $code, content: $content) {\n      field\n      message\n    }\n  }\n"): typeof import('./graphql').CheckServiceItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftFrom($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      ...ItemContent\n    }\n  }\n"): typeof import('./graphql').DraftFromDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftToEdit($code: String!, $version: Int!) {\n    serviceItem(code: $code, version: $version) {\n      code\n      version\n      status\n      editedBy\n      reviewedBy\n      sentBackReasons {\n        path\n        reason\n      }\n      ...ItemContent\n    }\n  }\n"): typeof import('./graphql').DraftToEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftServiceItem($code: String, $content: JSON!) {\n    draftServiceItem(code: $code, content: $content) {\n      code\n      version\n    }\n  }\n"): typeof import('./graphql').DraftServiceItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeServiceItemDraft($code: String!, $version: Int!, $content: JSON!) {\n    changeServiceItemDraft(code: $code, version: $version, content: $content) {\n      code\n      version\n    }\n  }\n"): typeof import('./graphql').ChangeServiceItemDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitServiceItemForReview($code: String!, $version: Int!) {\n    submitServiceItemForReview(code: $code, version: $version) {\n      code\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitServiceItemForReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemVersions($code: String!) {\n    serviceItemVersions(code: $code) {\n      code\n      version\n      name\n      nameEn\n      status\n      current\n      draftedBy\n      reviewedBy\n      publishedAt\n      retiredAt\n      retiredReason\n    }\n  }\n"): typeof import('./graphql').ItemVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireServiceItem($code: String!, $reason: String!) {\n    retireServiceItem(code: $code, reason: $reason) {\n      code\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').RetireServiceItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewVersion($code: String!, $version: Int!) {\n    serviceItem(code: $code, version: $version) {\n      code\n      version\n      status\n      draftedBy\n      editedBy\n      submittedForReviewAt\n      ...ItemContent\n    }\n    serviceItemVersions(code: $code) {\n      version\n      status\n      current\n    }\n  }\n"): typeof import('./graphql').ReviewVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemDiff($code: String!, $from: Int!, $to: Int!) {\n    serviceItemDiff(code: $code, from: $from, to: $to) {\n      path\n      kind\n      before\n      after\n    }\n  }\n"): typeof import('./graphql').ItemDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveServiceItem($code: String!, $version: Int!) {\n    approveServiceItem(code: $code, version: $version) {\n      code\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveServiceItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    serviceItemDrafts {\n      code\n      version\n      name\n      nameEn\n      status\n      editedBy\n      submittedForReviewAt\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBackServiceItem($code: String!, $version: Int!, $reasons: [SendBackReasonInput!]!) {\n    sendBackServiceItem(code: $code, version: $version, reasons: $reasons) {\n      code\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').SendBackServiceItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VersionDiff($code: String!, $from: Int!, $to: Int!) {\n    serviceItemDiff(code: $code, from: $from, to: $to) {\n      path\n      kind\n      before\n      after\n    }\n  }\n"): typeof import('./graphql').VersionDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueVocabulary {\n    agencies {\n      code\n      name\n      nameEn\n    }\n    stageKinds {\n      code\n      name\n      nameEn\n      excludedFromLimit\n    }\n    certificateKinds {\n      code\n      name\n      nameEn\n      numberPattern\n      mintsUscc\n    }\n  }\n"): typeof import('./graphql').CatalogueVocabularyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgency($input: AgencyInput!) {\n    addAgency(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').AddAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStageKind($input: StageKindInput!) {\n    addStageKind(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').AddStageKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCertificateKind($input: CertificateKindInput!) {\n    addCertificateKind(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').AddCertificateKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemContent on ServiceItem {\n    name\n    nameEn\n    statutoryDays\n    promisedDays\n    warningDays\n    materials {\n      code\n      name\n      nameEn\n      required\n      condition\n      when\n      formats\n      description\n    }\n    formSchema\n    processDefinition\n    guide {\n      summary\n      summaryEn\n      steps {\n        title\n        titleEn\n        detail\n      }\n      tips\n      legalBasis\n    }\n  }\n"): typeof import('./graphql').ItemContentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MaterialToUpload on Material {\n    code\n    name\n    nameEn\n    description\n    required\n    condition\n    formats\n    maxBytes\n  }\n"): typeof import('./graphql').MaterialToUploadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadDocument($file: File!, $materialCode: String) {\n    uploadDocument(file: $file, materialCode: $materialCode) {\n      id\n      name\n      size\n      format\n    }\n  }\n"): typeof import('./graphql').UploadDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormProblems($code: String!, $version: Int, $formData: JSON!) {\n    serviceItem(code: $code, version: $version) {\n      formProblems(formData: $formData) {\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').FormProblemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseDelivery($id: ID!, $method: DeliveryMethod!, $address: DeliveryAddressInput) {\n    chooseDelivery(id: $id, method: $method, address: $address) {\n      id\n      delivery {\n        method\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ChooseDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallFigures($from: DateTime!, $to: DateTime!) {\n    hallStatistics(from: $from, to: $to) {\n      items {\n        itemCode\n        itemName\n        submitted\n        issued\n        daysToLicence {\n          count\n          p50\n          p90\n        }\n        onTimePromised\n        onTimeStatutory\n        correctionRoundsPerCase\n        meanVisitsPerCase\n        visitsPerCase {\n          p90\n        }\n      }\n      agencies {\n        agencyCode\n        agency {\n          name\n          nameEn\n        }\n        tasksCompleted\n        daysToDecision {\n          p50\n          p90\n        }\n        onTime\n      }\n      queue {\n        line\n        taken\n        served\n        absent\n        waitingMinutes {\n          p50\n          p90\n        }\n        serviceMinutes {\n          p50\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HallFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemSatisfaction($itemCode: String!) {\n    satisfaction(itemCode: $itemCode) {\n      ratings\n      satisfactionRate\n      badRate\n      onTimeRate\n      distribution {\n        level\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').ItemSatisfactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketFields on Ticket {\n    id\n    number\n    line\n    day\n    status\n    idNumber\n    takenAt\n    calledAt\n    waitingSeconds\n    window\n    appointment {\n      id\n      slotStart\n    }\n    greenChannel {\n      ground\n      reason\n      markedBy\n    }\n  }\n"): typeof import('./graphql').TicketFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingTickets($lines: [ServiceLine!]!) {\n    waitingTickets(lines: $lines) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').WaitingTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallNext($window: String!, $lines: [ServiceLine!]!) {\n    callNext(window: $window, lines: $lines) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').CallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkServed($ticketId: ID!, $applicationIds: [ID!]) {\n    markServed(ticketId: $ticketId, applicationIds: $applicationIds) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').MarkServedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAbsent($ticketId: ID!) {\n    markAbsent(ticketId: $ticketId) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').MarkAbsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkGreenChannel($ticketId: ID!, $ground: GreenChannelGround!, $reason: String!) {\n    markGreenChannel(ticketId: $ticketId, ground: $ground, reason: $reason) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').MarkGreenChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCaseGreenChannel($applicationId: ID!, $ground: GreenChannelGround!, $reason: String!) {\n    markCaseGreenChannel(applicationId: $applicationId, ground: $ground, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').MarkCaseGreenChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HolderFields on TicketIdentification {\n    idNumber\n    ticket {\n      ...TicketFields\n    }\n    earlierTickets {\n      id\n      number\n      day\n      status\n      line\n    }\n    applicantIds\n    cases {\n      id\n      status\n      greenChannel {\n        ground\n      }\n      item {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"): typeof import('./graphql').HolderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketByQr($qrToken: String!) {\n    ticketByQr(qrToken: $qrToken) {\n      ...HolderFields\n    }\n  }\n"): typeof import('./graphql').TicketByQrDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketHolderById($ticketId: ID!) {\n    ticketHolder(ticketId: $ticketId) {\n      ...HolderFields\n    }\n  }\n"): typeof import('./graphql').TicketHolderByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeTicket($line: ServiceLine!, $idNumber: String) {\n    takeTicket(line: $line, idNumber: $idNumber) {\n      id\n      number\n      line\n      takenAt\n    }\n  }\n"): typeof import('./graphql').TakeTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArriveForAppointment($idNumber: String!) {\n    arriveForAppointment(idNumber: $idNumber) {\n      id\n      number\n      line\n      takenAt\n    }\n  }\n"): typeof import('./graphql').ArriveForAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalledAtWindow($window: String!) {\n    calledAtWindow(window: $window) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').CalledAtWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableSlots($line: ServiceLine!, $from: String!, $to: String!) {\n    availableSlots(line: $line, from: $from, to: $to) {\n      start\n      end\n      remaining\n      capacity\n    }\n  }\n"): typeof import('./graphql').AvailableSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointments {\n    myAppointments {\n      id\n      line\n      slotStart\n      slotEnd\n      state\n      idNumber\n      ticket {\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').MyAppointmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookAppointment($line: ServiceLine!, $slotStart: DateTime!, $idNumber: String) {\n    bookAppointment(line: $line, slotStart: $slotStart, idNumber: $idNumber) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').BookAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').CancelAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleAppointment($id: ID!, $slotStart: DateTime!) {\n    rescheduleAppointment(id: $id, slotStart: $slotStart) {\n      id\n      state\n      slotStart\n    }\n  }\n"): typeof import('./graphql').RescheduleAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRating {\n    myRatings(first: 100) {\n      nodes {\n        id\n        applicationId\n        level\n        tags\n        comment\n        bad\n        agency\n        createdAt\n        followUpLevel\n        followUpComment\n        followUpAt\n        rectification {\n          id\n          returnCallAt\n          returnCallNote\n          feedback\n          feedbackAt\n        }\n      }\n    }\n    ratingTags {\n      positive\n      negative\n    }\n  }\n"): typeof import('./graphql').CaseRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateApplication($id: ID!, $level: RatingLevel!, $tags: [String!], $comment: String) {\n    rateApplication(applicationId: $id, level: $level, tags: $tags, comment: $comment) {\n      id\n    }\n  }\n"): typeof import('./graphql').RateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpRating($ratingId: ID!, $level: RatingLevel!, $comment: String) {\n    followUpRating(ratingId: $ratingId, level: $level, comment: $comment) {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowUpRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatingInvitations {\n    myRatingInvitations {\n      applicationId\n      itemCode\n      itemName\n    }\n  }\n"): typeof import('./graphql').RatingInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRectifications {\n    myRectifications(first: 100) {\n      nodes {\n        id\n        createdAt\n        returnCallDueAt\n        dueAt\n        returnCallAt\n        returnCallNote\n        returnCallEscalatedAt\n        warnedAt\n        escalatedAt\n        escalatedTo\n        feedback\n        feedbackAt\n        rating {\n          id\n          applicationId\n          itemCode\n          itemName\n          visit {\n            ticketNumber\n            window\n            day\n          }\n          level\n          tags\n          comment\n          createdAt\n          followUpLevel\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyRectificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReturnCall($id: ID!, $note: String!) {\n    recordReturnCall(rectificationId: $id, note: $note) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordReturnCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRectification($id: ID!, $feedback: String!) {\n    submitRectification(rectificationId: $id, feedback: $feedback) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitRectificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RectificationsChanged {\n    rectificationsChanged {\n      rectificationId\n    }\n  }\n"): typeof import('./graphql').RectificationsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitRatingTags {\n    ratingTags {\n      positive\n      negative\n    }\n  }\n"): typeof import('./graphql').VisitRatingTagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateVisit($qrToken: String!, $level: RatingLevel!, $tags: [String!], $comment: String) {\n    rateVisit(qrToken: $qrToken, level: $level, tags: $tags, comment: $comment) {\n      id\n      bad\n    }\n  }\n"): typeof import('./graphql').RateVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAtWork($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      applicantId\n      submittedAt\n      formData\n      greenChannel {\n        ground\n        reason\n        markedBy\n        markedAt\n      }\n      item {\n        code\n        name\n        nameEn\n        formSchema\n        materials {\n          code\n          name\n          nameEn\n          required\n        }\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n        extendedWorkingDays\n      }\n      documents {\n        materialCode\n        version\n        downloadUrl\n        document {\n          name\n          format\n          size\n        }\n      }\n      tasks {\n        id\n        stage\n        stageKind {\n          name\n          nameEn\n        }\n        round\n        status\n        assignee\n        decision\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseAtWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendDeadline($id: ID!, $workingDays: Int!, $reason: String!) {\n    extendDeadline(id: $id, workingDays: $workingDays, reason: $reason) {\n      id\n      sla {\n        deadline\n        extendedWorkingDays\n      }\n    }\n  }\n"): typeof import('./graphql').ExtendDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueTasks($after: String) {\n    overdueTasks(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        assignee\n        escalatedAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OverdueTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignTask($taskId: ID!, $assignee: String!, $reason: String) {\n    reassignTask(taskId: $taskId, assignee: $assignee, reason: $reason) {\n      id\n      status\n      assignee\n    }\n  }\n"): typeof import('./graphql').ReassignTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimTask($taskId: ID!) {\n    claimTask(taskId: $taskId) {\n      id\n      status\n      assignee\n    }\n  }\n"): typeof import('./graphql').ClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($taskId: ID!, $input: CompleteTaskInput!) {\n    completeTask(taskId: $taskId, input: $input) {\n      id\n      status\n      decision\n    }\n  }\n"): typeof import('./graphql').CompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyTasks($status: TaskStatus, $after: String) {\n    myTasks(status: $status, first: 100, after: $after) {\n      nodes {\n        id\n        stage\n        status\n        assignee\n        createdAt\n        dueAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          greenChannel {\n            ground\n            markedAt\n          }\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AgencyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TasksChanged {\n    tasksChanged {\n      taskId\n      applicationId\n    }\n  }\n"): typeof import('./graphql').TasksChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Apply($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      name\n      nameEn\n      formSchema\n      materials {\n        ...MaterialToUpload\n      }\n    }\n  }\n"): typeof import('./graphql').ApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarYear($year: Int!) {\n    calendar(year: $year) {\n      year\n      version\n      provisional\n      source\n      holidays\n      workdays\n      reason\n      loadedBy\n      loadedAt\n    }\n  }\n"): typeof import('./graphql').CalendarYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarVersions($year: Int!) {\n    calendarVersions(year: $year) {\n      version\n      provisional\n      source\n      holidays\n      workdays\n      reason\n      loadedBy\n      loadedAt\n    }\n  }\n"): typeof import('./graphql').CalendarVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($id: ID!, $reason: String) {\n    withdrawApplication(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!, $after: String) {\n    application(id: $id) {\n      id\n      status\n      submittedAt\n      item {\n        code\n        name\n        nameEn\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n      }\n      delivery {\n        method\n        status\n        waybill\n        reason\n        address {\n          recipient\n          phone\n          province\n          city\n          district\n          street\n          postcode\n        }\n      }\n      certificate {\n        number\n        kind\n        uscc\n        issuedAt\n        document {\n          downloadUrl\n        }\n      }\n      timeline(first: 50, after: $after) {\n        totalCount\n        nodes {\n          at\n          actor\n          action\n          detail\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseChanged($id: ID!) {\n    applicationChanged(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CaseChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($search: String) {\n    serviceItems(search: $search) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      guide {\n        summary\n        summaryEn\n      }\n      agencies {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemGuide($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      agencies {\n        code\n        name\n        nameEn\n      }\n      guide {\n        summary\n        summaryEn\n        steps {\n          title\n          titleEn\n          detail\n        }\n        tips\n        legalBasis\n      }\n      materials {\n        code\n        name\n        nameEn\n        required\n        condition\n        description\n        formats\n      }\n    }\n  }\n"): typeof import('./graphql').ItemGuideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases($after: String) {\n    myApplications(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n        submittedAt\n        item {\n          code\n          name\n          nameEn\n        }\n        sla {\n          deadline\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyCasesChanged {\n    myApplicationsChanged {\n      id\n    }\n  }\n"): typeof import('./graphql').MyCasesChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Supplement($id: ID!) {\n    application(id: $id) {\n      id\n      formData\n      correctionNotice {\n        agency\n        field\n        material\n        reason\n      }\n      item {\n        code\n        version\n        formSchema\n        agencies {\n          code\n          name\n          nameEn\n        }\n        materials {\n          ...MaterialToUpload\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplementApplication($id: ID!, $input: SupplementInput!) {\n    supplementApplication(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SupplementApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAccessLog($id: ID!, $after: String) {\n    auditAccessLog(id: $id, first: 20, after: $after) {\n      nodes {\n        at\n        readerId\n        readerRole\n        operation\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AuditAccessLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditReplay($id: ID!) {\n    replayCase(id: $id) {\n      reproduces\n      events\n      divergedAtEventId\n      divergedAtEventType\n      message\n    }\n  }\n"): typeof import('./graphql').AuditReplayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVerify($id: ID!) {\n    verifyAudit(id: $id) {\n      intact\n      entries\n      problems {\n        position\n        kind\n        detail\n      }\n    }\n  }\n"): typeof import('./graphql').AuditVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditExportHistory($id: ID!) {\n    exportHistory(id: $id)\n  }\n"): typeof import('./graphql').AuditExportHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditCaseState($id: ID!, $eventId: Int!) {\n    caseStateAt(id: $id, eventId: $eventId) {\n      eventId\n      status\n      stage\n      formData\n      tasks\n      openCorrections\n      certificate\n      timeline\n    }\n  }\n"): typeof import('./graphql').AuditCaseStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditCaseHistory($id: ID!, $after: String) {\n    caseHistory(id: $id, first: 50, after: $after) {\n      totalCount\n      nodes {\n        eventId\n        at\n        type\n        actor\n        action\n        inputs\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AuditCaseHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadCalendarYear($input: CalendarYearInput!) {\n    loadCalendarYear(input: $input) {\n      year\n      version\n    }\n  }\n"): typeof import('./graphql').LoadCalendarYearDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
