package vn.thidua.ledger.events.council;

/** Chức danh trong Hội đồng: Chủ tịch (chair), Ủy viên thường trực (standing member), Ủy viên (member). */
public enum CouncilRole { CHAIR, STANDING_MEMBER, MEMBER }
