/// Register entries as a clerk enters them, then again with progress.
enum RegisterFixtures {
    static let first = """
        [[request]]
        id = "2025-001"
        applicant = "自然人"
        subject = "某项目环评批复"
        received_on = 2025-09-15

        [[request]]
        id = "2025-002"
        applicant = "commercial-enterprise"
        subject = "处罚决定书"
        received_on = 2025-11-03
        correction_sent_on = 2025-11-05
        correction_received_on = 2025-11-10
        extended_on = 2025-12-05
        extension_days = 20

        [[case]]
        id = "复议-1"
        case_type = "reconsideration"
        filed_on = 2025-11-01
        request_id = "2025-001"
        subject = "不服答复"
        """

    /// 2025-001 answered, the case decided, a new request.
    static let second = """
        [[request]]
        id = "2025-001"
        applicant = "自然人"
        subject = "某项目环评批复"
        received_on = 2025-09-15
        answered_on = 2025-10-16
        outcome = "3.4"

        [[request]]
        id = "2025-002"
        applicant = "commercial-enterprise"
        subject = "处罚决定书"
        received_on = 2025-11-03
        correction_sent_on = 2025-11-05
        correction_received_on = 2025-11-10
        extended_on = 2025-12-05
        extension_days = 20

        [[request]]
        id = "2025-000"
        applicant = "法律服务机构"
        subject = "验收报告"
        received_on = 2025-03-03
        consultation_sent_on = 2025-03-05
        consultation_replied_on = 2025-03-12

        [[case]]
        id = "复议-1"
        case_type = "reconsideration"
        filed_on = 2025-11-01
        decided_on = 2025-12-20
        outcome = "upheld"
        request_id = "2025-001"
        subject = "不服答复"
        """
}
